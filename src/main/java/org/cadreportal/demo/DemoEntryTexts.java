package org.cadreportal.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.WorkRole;

/**
 * The three texts and the key figures of a generated achievement entry, put together from fragments of
 * its 领域 (term ids 1–8 of V13) and the cadre's unit, so the archive reads like real filings and a
 * keyword search finds some entries and not others.
 */
@RequiredArgsConstructor
final class DemoEntryTexts {

    record Texts(String whatDone, String achieved, String effect, String figures) {
    }

    private record Figure(String label, String unit, int min, int max, boolean decimal) {
    }

    /**
     * Placeholders: {r} the cadre's part (牵头/参与/分管), {u} the unit, {x} a subject of the field,
     * {k} one or two, {n} a small count, {m} a larger count, {a} an amount with one decimal, {p} a high
     * percentage, {q} a percentage change.
     */
    private record Field(List<String> subjects, List<String> whatDone, List<String> achieved, List<String> effect,
                         List<Figure> figures) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field(List.of("工业园区标准化厂房", "城区污水管网改造", "农村公路提档升级", "新能源材料产业园", "滨江大道改造",
                    "智慧物流园", "保障性租赁住房", "农产品冷链物流中心", "城区供水管网", "学校教学综合楼"),
                    List.of("{r}{x}项目建设，落实“一个项目、一名领导、一个专班”推进机制，每周现场调度，协调解决征地拆迁、水电配套等问题{n}个。",
                            "{r}{x}项目前期工作，会同发改、自然资源等部门倒排工期，压茬推进立项、用地预审、环评等手续办理。",
                            "{r}{u}重点项目“百日攻坚”行动，对{x}等在建项目挂图作战，逐项明确责任人和完成时限。",
                            "{r}{x}项目征迁工作，带领工作专班入户走访{m}户，逐户算清补偿账、政策账。"),
                    List.of("{x}项目提前{n}天完成主体工程，累计完成投资{a}亿元，纳入省级重点项目库。",
                            "完成{x}项目全部前期手续，比计划提前{n}个月开工建设。",
                            "{u}{n}个重点项目全部按期开工，{x}项目顺利通过竣工验收。",
                            "按期完成{m}户征迁任务，实现零强拆、零上访，项目用地如期交付。"),
                    List.of("项目建成后预计年新增产值{a}亿元、带动就业{m}人，在全市项目建设考核中获评优秀。",
                            "补齐区域基础设施短板，相关做法被市委《工作交流》刊发推广。",
                            "群众出行、用水条件明显改善，群众满意度测评达{p}%。",
                            "形成实物工作量，带动上下游配套企业{n}家落户。"),
                    List.of(new Figure("完成投资", "亿元", 10, 300, true), new Figure("开工项目", "个", 3, 20, false),
                            new Figure("提前工期", "天", 5, 60, false))),
            new Field(List.of("新能源电池材料", "船舶配套", "农产品精深加工", "电子信息", "生物医药", "文旅康养", "现代物流",
                    "智能装备制造"),
                    List.of("{r}{x}产业链招商，带队赴长三角、珠三角开展小分队招商{n}次，走访对接企业{m}家。",
                            "{r}{u}“招商引资攻坚季”活动，建立在谈项目清单，对{x}项目实行“一企一策”全程代办。",
                            "{r}{x}项目洽谈签约，协调解决项目用地、能耗指标、融资等要素保障问题{n}个。",
                            "{r}以商招商、驻点招商，围绕{x}产业链上下游精准招引配套企业。"),
                    List.of("签约{x}项目{n}个，协议引资{a}亿元，其中亿元以上项目{k}个。",
                            "引进{x}龙头企业1家，项目从签约到开工仅用{n}天。",
                            "{u}新签约项目{n}个，实际到位资金{a}亿元，完成年度目标的{p}%。",
                            "促成{x}产业链配套企业{n}家落户园区。"),
                    List.of("项目全部达产后预计年产值{a}亿元、税收超亿元，新增就业岗位{m}个。",
                            "{x}产业集群初步成形，招商引资考核排名较上年提升{n}位。",
                            "营商环境评价满意度达{p}%，企业“拿地即开工”做法在全市推广。",
                            "补强了{x}产业链关键环节，带动本地配套率提高{n}个百分点。"),
                    List.of(new Figure("签约项目", "个", 3, 25, false), new Figure("协议引资", "亿元", 50, 800, true),
                            new Figure("到位资金", "亿元", 10, 200, true))),
            new Field(List.of("高标准农田", "和美乡村示范片", "村集体经济", "特色茶叶产业", "稻虾共作", "农村人居环境整治",
                    "脱贫人口稳岗就业", "乡村旅游"),
                    List.of("{r}{x}建设，组织驻村工作队逐村摸排，制定“一村一策”发展方案。",
                            "{r}{u}{x}工作，整合涉农资金，推动土地流转{m}亩。",
                            "{r}{x}专项行动，落实防止返贫动态监测帮扶，对{n}户监测户逐户落实帮扶措施。",
                            "{r}“强村公司”组建工作，盘活闲置资产，发展{x}项目。"),
                    List.of("新建{x}{m}亩，培育农民专业合作社{n}家。",
                            "{u}村集体经济收入全部超过{n}0万元，{x}项目通过省级验收。",
                            "建成{x}{n}个，完成农村户厕改造{m}户。",
                            "带动脱贫户、监测户{m}户稳定增收，无一户返贫致贫。"),
                    List.of("村集体经济年增收{a}万元，户均增收{m}元，群众获得感明显增强。",
                            "{u}在全市乡村振兴考核中位列第一方阵，{x}经验被省级媒体报道。",
                            "村庄面貌焕然一新，群众满意率达{p}%。",
                            "形成可复制的{x}模式，带动周边{n}个村跟进推广。"),
                    List.of(new Figure("村集体经济增收", "万元", 100, 2000, true), new Figure("带动就业", "人", 50, 800, false),
                            new Figure("流转土地", "亩", 300, 5000, false))),
            new Field(List.of("防汛抗旱", "森林防火", "道路交通事故", "危化品企业隐患", "地质灾害", "城市内涝", "燃气安全",
                    "山体滑坡"),
                    List.of("{r}{x}应急处置，第一时间赶赴现场指挥，组织干部群众转移避险。",
                            "{r}{u}{x}专项整治，开展拉网式排查，建立问题、责任、整改“三张清单”。",
                            "{r}{x}值班值守和会商研判，落实“叫应”机制，{n}次启动应急响应。",
                            "{r}{x}应急演练，组织{m}人次参加实战化演练。"),
                    List.of("安全转移群众{m}人，实现零伤亡。",
                            "排查整改{x}隐患{m}处，整改完成率100%。",
                            "成功处置{x}险情{n}处，未发生次生灾害。",
                            "{u}全年未发生较大以上安全事故，{x}工作获上级通报表扬。"),
                    List.of("保障了人民群众生命财产安全，挽回直接经济损失约{a}千万元。",
                            "应急处置“快、准、稳”，相关经验在全市应急管理工作会上交流。",
                            "群众安全感测评达{p}%，较上年提高{n}个百分点。",
                            "建立的{x}快速响应机制被纳入市级应急预案。"),
                    List.of(new Figure("转移群众", "人", 100, 3000, false), new Figure("整改隐患", "处", 20, 400, false),
                            new Figure("处置险情", "处", 2, 30, false))),
            new Field(List.of("信访积案", "重复信访", "征地拆迁矛盾", "劳资纠纷", "物业纠纷", "涉法涉诉信访", "邻里纠纷"),
                    List.of("{r}{x}化解攻坚，落实领导包案，逐案研究化解方案，面对面接访群众{m}人次。",
                            "{r}{u}矛盾纠纷排查调处，推行“网格员+调解员”工作法，对{x}实行清单管理。",
                            "{r}{x}专项治理，坚持“三到位一处理”，做到件件有回应。",
                            "{r}{u}综治中心规范化建设，整合多部门力量一站式受理{x}。"),
                    List.of("化解{x}{n}件，其中十年以上积案{k}件。",
                            "调处{x}{m}起，调解成功率{p}%。",
                            "{u}实现进京赴省“零非访”，{x}全部办结。",
                            "帮助群众追回欠薪{a}百万元。"),
                    List.of("{u}信访总量同比下降{q}%，群众满意率{p}%。",
                            "基层社会治理水平明显提升，获评全市“枫桥式”单位。",
                            "矛盾纠纷就地化解率达{p}%，多年“老大难”问题得到解决。",
                            "“网格+调解”做法被市委政法委推广。"),
                    List.of(new Figure("化解信访积案", "件", 3, 40, false), new Figure("调解成功率", "%", 90, 100, false),
                            new Figure("调处纠纷", "起", 30, 600, false))),
            new Field(List.of("长江岸线", "黑臭水体", "城区扬尘", "工业企业VOCs", "河湖“清四乱”", "农业面源污染", "矿山生态修复",
                    "湖泊水质"),
                    List.of("{r}{x}治理，落实河湖长制，每月巡河巡湖，督办问题{n}个。",
                            "{r}{u}中央、省级环保督察反馈问题整改，对{x}问题逐项销号。",
                            "{r}{x}专项整治行动，组织执法检查{m}家次。",
                            "{r}{x}修复工程，推进复绿{m}亩。"),
                    List.of("完成{x}整治{n}处，环保督察反馈问题全部按期销号。",
                            "{u}空气优良天数比例达{p}%，{x}问题得到根本治理。",
                            "整治河道{n}公里，主要断面水质稳定达到Ⅲ类。",
                            "关停整改污染企业{n}家，完成生态修复{m}亩。"),
                    List.of("区域生态环境质量持续改善，群众对环境满意度达{p}%。",
                            "{x}治理经验被省生态环境厅推广。",
                            "生态环境考核由后进转为先进，获省级生态文明建设示范称号。",
                            "昔日“臭水沟”变身滨水公园，成为群众休闲好去处。"),
                    List.of(new Figure("整治河道", "公里", 3, 40, false), new Figure("空气优良天数比例", "%", 80, 95, false),
                            new Figure("生态修复", "亩", 100, 3000, false))),
            new Field(List.of("老旧小区改造", "城镇新增就业", "“一老一小”服务", "义务教育学位扩容", "基层医疗服务", "城乡低保提标",
                    "保障性住房", "便民服务中心"),
                    List.of("{r}{x}民生实事，建立问题清单和责任清单，逐月调度推进。",
                            "{r}{u}{x}工作，组织入户走访{m}户，摸清群众急难愁盼。",
                            "{r}{x}项目落地，协调财政资金{a}千万元。",
                            "{r}{x}提质扩面，推行“一站式”服务、“一次办”改革。"),
                    List.of("完成{x}{n}个，惠及群众{m}户。",
                            "{u}新增就业{m}人，{x}任务提前完成。",
                            "新增学位{m}个，{x}实现全覆盖。",
                            "建成{x}站点{n}个，服务群众{m}人次。"),
                    List.of("群众获得感、幸福感明显增强，民生实事满意度测评达{p}%。",
                            "{x}做法入选全市民生领域改革典型案例。",
                            "有效缓解群众“急难愁盼”问题，相关诉求量同比下降{q}%。",
                            "民生保障水平稳步提升，{u}获评全市民生实事先进单位。"),
                    List.of(new Figure("新增就业", "人", 200, 3000, false), new Figure("改造老旧小区", "个", 2, 20, false),
                            new Figure("惠及群众", "户", 300, 8000, false))),
            new Field(List.of("软弱涣散党组织整顿", "“三会一课”", "党员干部教育培训", "基层党建示范点", "年轻干部培养",
                    "党风廉政建设", "“红色物业”"),
                    List.of("{r}{x}工作，落实党建工作责任制，深入基层调研指导{n}次。",
                            "{r}{u}{x}，开展“支部建在产业链上”试点，选派{n}名党员骨干下沉一线。",
                            "{r}{x}专项行动，建立“一支部一清单”，挂图推进整改。",
                            "{r}{x}，组织专题培训{n}期、{m}人次。"),
                    List.of("整顿{x}{n}个，全部通过验收。",
                            "{u}建成{x}{n}个，发展党员{n}名。",
                            "培训党员干部{m}人次，{x}考核优秀。",
                            "{x}任务全部完成，基层组织力明显增强。"),
                    List.of("基层党组织政治功能和组织力持续增强，党建引领作用充分发挥。",
                            "{x}经验在全市组织工作会议上交流发言。",
                            "党员群众满意度达{p}%，{u}获评全市“五星支部”创建先进单位。",
                            "形成党建与业务深度融合的工作格局，带动重点工作提质增效。"),
                    List.of(new Figure("整顿软弱涣散党组织", "个", 1, 10, false), new Figure("发展党员", "名", 5, 40, false),
                            new Figure("培训党员干部", "人次", 100, 2000, false))));

    private final Random rnd;

    /** Field ids run 1–8 in the order of {@link #FIELDS}. */
    static int fieldCount() {
        return FIELDS.size();
    }

    Texts texts(long fieldId, WorkRole role, String unitName, boolean withFigures) {
        Field f = FIELDS.get((int) fieldId - 1);
        String subject = pick(f.subjects());
        String what = fill(pick(f.whatDone()), role, unitName, subject);
        String achieved = fill(pick(f.achieved()), role, unitName, subject);
        String effect = fill(pick(f.effect()), role, unitName, subject);
        return new Texts(what, achieved, effect, withFigures ? figures(f) : null);
    }

    private String fill(String template, WorkRole role, String unit, String subject) {
        StringBuilder out = new StringBuilder(template.length() + 20);
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch == '{' && i + 2 < template.length() && template.charAt(i + 2) == '}') {
                out.append(value(template.charAt(i + 1), role, unit, subject));
                i += 2;
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private String value(char key, WorkRole role, String unit, String subject) {
        return switch (key) {
            case 'r' -> verb(role);
            case 'u' -> unit;
            case 'x' -> subject;
            case 'n' -> Integer.toString(2 + rnd.nextInt(14));
            case 'k' -> Integer.toString(1 + rnd.nextInt(2));
            case 'm' -> Integer.toString(100 + rnd.nextInt(2900));
            case 'a' -> String.format(Locale.ROOT, "%.1f", 1 + rnd.nextInt(290) / 10.0);
            case 'p' -> Integer.toString(90 + rnd.nextInt(10));
            case 'q' -> Integer.toString(10 + rnd.nextInt(30));
            default -> throw new IllegalArgumentException("Unknown placeholder {" + key + "}");
        };
    }

    static String verb(WorkRole role) {
        return switch (role) {
            case LEAD -> "牵头";
            case TAKE_PART -> "参与";
            case IN_CHARGE -> "分管";
        };
    }

    /** One or two of the field's figures, as the JSON array the entity's converter reads. */
    private String figures(Field f) {
        int first = rnd.nextInt(f.figures().size());
        StringBuilder json = new StringBuilder("[").append(figure(f.figures().get(first)));
        if (rnd.nextBoolean()) {
            json.append(',').append(figure(f.figures().get((first + 1) % f.figures().size())));
        }
        return json.append(']').toString();
    }

    private String figure(Figure fig) {
        int raw = fig.min() + rnd.nextInt(fig.max() - fig.min() + 1);
        String amount = fig.decimal() ? String.format(Locale.ROOT, "%.1f", raw / 10.0) : Integer.toString(raw);
        return "{\"label\":\"" + fig.label() + "\",\"amount\":" + amount + ",\"unit\":\"" + fig.unit() + "\"}";
    }

    private String pick(List<String> values) {
        return values.get(rnd.nextInt(values.size()));
    }
}
