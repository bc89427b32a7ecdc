package org.cadreportal.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.cadreportal.cadre.Gender;

/** Name pools for the fictional city and its people. */
final class DemoNames {

    /** 7 县, 2 县级市 and 1 区, as in a typical prefecture-level city of the region. */
    static final List<String> COUNTIES = List.of(
            DemoAccounts.COUNTY_NAME, "临江市", "北山区", "青峰县", "白河县",
            "望湖县", "桂川县", "石门市", "松岭县", "凤鸣县");

    /** Index 33 (code M34) must stay 市委组织部: the 科室 are created under it. */
    static final List<String> MUNICIPAL_UNITS = List.of(
            "市发展和改革委员会", "市财政局", "市教育局", "市科学技术局", "市经济和信息化局",
            "市文化和旅游局", "市交通运输局", "市住房和城乡建设局", "市农业农村局", "市商务局",
            "市应急管理局", "市生态环境局", "市卫生健康委员会", "市民政局", "市人力资源和社会保障局",
            "市自然资源和规划局", "市水利和湖泊局", "市审计局", "市统计局", "市市场监督管理局",
            "市信访局", "市公安局", "市司法局", "市退役军人事务局", "市医疗保障局",
            "市林业局", "市城市管理执法委员会", "市政务服务和大数据管理局", "市国有资产监督管理委员会", "市地方金融工作局",
            "市招商服务中心", "市委办公室", "市政府办公室", "市委组织部", "市委宣传部",
            "市委统战部", "市委政法委员会", "市纪委监委机关", "市总工会", "团市委");

    static final String ORGANISATION_DEPARTMENT = "市委组织部";

    static final List<String> CADRE_SECTIONS = List.of("干部一科", "干部二科", "干部监督科");

    /** County bureaus, only named in earlier career records (they are not units of the demo tree). */
    static final List<String> COUNTY_BUREAUS = List.of(
            "财政局", "发展和改革局", "教育局", "农业农村局", "住房和城乡建设局", "自然资源和规划局", "交通运输局", "商务局");

    /** 科室 of city bodies, only named in earlier career records. */
    static final List<String> CITY_SECTION_POSTS = List.of("办公室主任", "综合科科长", "政策法规科科长", "规划科科长");

    private static final String SEAT_TOWN = "城关镇";

    private static final List<String> TOWNS = List.of(
            "河口镇", "西河镇", "南岗镇", "石桥镇", "青山镇", "大河镇", "杨柳镇", "黄土岗镇", "新店镇", "双河镇",
            "古城镇", "长岭镇", "花园镇", "高桥镇", "枫树镇", "松山镇", "金塘镇", "白果镇", "九龙镇", "回龙镇",
            "三河镇", "桥头镇", "龙口镇", "清泉镇", "柳溪镇", "平湖镇", "凤凰镇", "马家集镇", "方家铺镇");

    private static final List<String> XIANG = List.of(
            "白沙乡", "北峰乡", "柳林乡", "桃花冲乡", "龙潭乡", "马鞍山乡",
            "清水河乡", "将军山乡", "云雾山乡", "石门乡", "竹林乡", "茶山乡");

    private static final List<String> STREETS = List.of(
            "东湖街道", "西城街道", "南湖街道", "北门街道", "城东街道", "城西街道", "江滨街道", "滨湖街道");

    /** Ordered roughly by frequency: {@link #personName} favours the front of the list. */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田"
            + "董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
            + "郝龚邵万钱严覃武戴莫孔向汤";

    private static final String MALE_GIVEN = "伟强磊军勇杰涛超刚建国辉斌波峰鹏飞俊海东志永亮宏龙凯鑫浩宇德成武庆立荣昌松忠义学光卫兵江华明文平新春林晓云宁远晨";

    private static final String FEMALE_GIVEN = "芳娜敏静丽艳娟秀霞玲燕雪丹琳婷颖慧红英桂萍莉梅兰洁华晓春文";

    private DemoNames() {
    }

    /** A name not yet in {@code taken} (and then added to it), so a search for a demo name finds one person. */
    static String personName(Random rnd, Gender gender, Set<String> taken) {
        String given = gender == Gender.MALE ? MALE_GIVEN : FEMALE_GIVEN;
        while (true) {
            // nextInt(nextInt(n) + 1) leans towards small indexes: 王 and 李 come up far more often than 汤.
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(rnd.nextInt(rnd.nextInt(SURNAMES.length()) + 1)));
            char first = given.charAt(rnd.nextInt(given.length()));
            name.append(first);
            if (rnd.nextInt(100) < 65) {
                char second = given.charAt(rnd.nextInt(given.length()));
                if (second == first) {
                    continue;
                }
                name.append(second);
            }
            if (taken.add(name.toString())) {
                return name.toString();
            }
        }
    }

    /** Twelve township names for a county, unique within it; a 区 has more 街道 and fewer 乡. */
    static List<String> townships(String countyKind, Random rnd) {
        List<String> towns = shuffled(TOWNS, rnd);
        List<String> xiang = shuffled(XIANG, rnd);
        List<String> streets = shuffled(STREETS, rnd);
        List<String> names = new ArrayList<>();
        switch (countyKind) {
            case "区" -> {
                names.addAll(streets.subList(0, 5));
                names.addAll(towns.subList(0, 6));
                names.addAll(xiang.subList(0, 1));
            }
            case "市" -> {
                names.addAll(streets.subList(0, 3));
                names.addAll(towns.subList(0, 7));
                names.addAll(xiang.subList(0, 2));
            }
            default -> {
                // Every 县 is seated in its 城关镇, and it comes first so the demo cadre's unit is fixed.
                names.add(SEAT_TOWN);
                names.addAll(towns.subList(0, 8));
                names.addAll(xiang.subList(0, 3));
            }
        }
        return names;
    }

    private static List<String> shuffled(List<String> pool, Random rnd) {
        List<String> copy = new ArrayList<>(pool);
        Collections.shuffle(copy, rnd);
        return copy;
    }
}
