package org.cadreportal.bench;

import java.util.List;
import java.util.Random;

/**
 * Varied Chinese texts for the benchmark's entries: per 领域 eight subjects and a few sentence
 * patterns with numbers, so rows differ and a keyword finds a known share. {@link #KEYWORD} is one
 * subject of one field: about 1 row in 64 (1.6 %) contains it, nothing else does.
 */
final class ArchiveBenchTexts {

    static final String KEYWORD = "冷链物流";

    record Texts(String whatDone, String achieved, String effect, String figures) {
    }

    private static final List<List<String>> SUBJECTS = List.of(
            List.of("农产品" + KEYWORD + "中心", "工业园区标准化厂房", "城区污水管网", "农村公路提档升级", "滨江大道改造",
                    "保障性租赁住房", "学校教学综合楼", "城区供水管网"),
            List.of("新能源电池材料", "船舶配套", "农产品精深加工", "电子信息", "生物医药", "文旅康养", "智能装备制造", "新型建材"),
            List.of("高标准农田", "和美乡村示范片", "村集体经济", "特色茶叶产业", "稻虾共作", "农村人居环境", "脱贫人口就业",
                    "乡村旅游"),
            List.of("防汛抗旱", "森林防火", "道路交通安全", "危化品企业隐患", "地质灾害", "城市内涝", "燃气安全", "山体滑坡"),
            List.of("信访积案", "重复信访", "征地拆迁矛盾", "劳资纠纷", "物业纠纷", "涉法涉诉信访", "邻里纠纷", "网格化治理"),
            List.of("长江岸线", "黑臭水体", "城区扬尘", "工业企业VOCs", "河湖“清四乱”", "农业面源污染", "矿山生态修复", "湖泊水质"),
            List.of("老旧小区改造", "城镇新增就业", "“一老一小”服务", "义务教育学位", "基层医疗服务", "城乡低保", "便民服务中心",
                    "公共文化服务"),
            List.of("软弱涣散党组织整顿", "“三会一课”", "党员教育培训", "基层党建示范点", "年轻干部培养", "党风廉政建设",
                    "“红色物业”", "产业链党建"));

    private static final List<String> WHAT = List.of(
            "牵头推进{x}工作，建立专班推进机制，每周调度，协调解决难点问题{n}个。",
            "参与{x}专项行动，会同相关部门倒排工期，逐项明确责任人和完成时限。",
            "分管{x}工作，深入基层调研{n}次，制定“一地一策”工作方案并组织实施。",
            "牵头{x}攻坚，带领工作队走访群众和企业{m}户，建立问题、责任、整改三张清单。");
    private static final List<String> ACHIEVED = List.of(
            "{x}任务提前{n}天完成，完成投资或工作量{a}亿元，通过上级验收。",
            "完成{x}目标任务的{p}%，解决突出问题{n}个，形成长效机制。",
            "{x}工作惠及群众{m}户，相关指标在全省排名前列。");
    private static final List<String> EFFECT = List.of(
            "群众满意度测评达{p}%，相关做法在全省交流推广。",
            "带动就业{m}人，为区域高质量发展提供了有力支撑。",
            "{x}经验被省级媒体报道，考核排名较上年提升{n}位。");

    private static final String PLACE_FIRST = "东西南北青白黄红金石云松竹桃杨柳江河湖山丰安宁兴和平长新清明";
    private static final String PLACE_SECOND = "阳陵川源口坪岭桥湾洲台州丰林塘溪城岗店集坝";
    private static final List<String> BUREAUS = List.of("发展和改革局", "财政局", "教育局", "农业农村局", "住房和城乡建设局",
            "自然资源和规划局", "交通运输局", "商务局", "应急管理局", "生态环境局", "民政局", "卫生健康局");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程";
    private static final String GIVEN = "伟强磊军勇杰涛超刚建国辉斌波峰鹏飞俊海东志永亮宏芳娜敏静丽艳娟秀霞玲燕雪丹琳婷颖慧红英";

    private final Random rnd;

    ArchiveBenchTexts(Random rnd) {
        this.rnd = rnd;
    }

    Texts entry(int field) {
        String subject = SUBJECTS.get(field - 1).get(rnd.nextInt(8));
        String figures = rnd.nextBoolean() ? null
                : "[{\"label\":\"完成数量\",\"amount\":" + (1 + rnd.nextInt(500)) + ",\"unit\":\"个\"}]";
        return new Texts(fill(WHAT, subject), fill(ACHIEVED, subject), fill(EFFECT, subject), figures);
    }

    static String place(int n) {
        return "" + PLACE_FIRST.charAt(n % PLACE_FIRST.length())
                + PLACE_SECOND.charAt((n / PLACE_FIRST.length()) % PLACE_SECOND.length());
    }

    static String bureau(int n) {
        return BUREAUS.get(n % BUREAUS.size());
    }

    static String personName(Random rnd) {
        String name = "" + SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + GIVEN.charAt(rnd.nextInt(GIVEN.length()));
        return rnd.nextBoolean() ? name + GIVEN.charAt(rnd.nextInt(GIVEN.length())) : name;
    }

    private String fill(List<String> patterns, String subject) {
        return patterns.get(rnd.nextInt(patterns.size())).replace("{x}", subject)
                .replace("{n}", Integer.toString(2 + rnd.nextInt(30)))
                .replace("{m}", Integer.toString(100 + rnd.nextInt(5000)))
                .replace("{a}", (1 + rnd.nextInt(50)) + "." + rnd.nextInt(10))
                .replace("{p}", Integer.toString(85 + rnd.nextInt(15)));
    }
}
