package org.cadreportal.cadre;

import java.util.Arrays;
import java.util.Optional;

/**
 * 民族 as GB/T 3304 lists them: the 56 ethnic groups, each with its two-digit code and its official name.
 * The registry stores the official name (汉族), as the 任免审批表 and the LRMX file print it; the UI shows
 * the name in the reader's language ({@link #labelKey()}).
 */
public enum Ethnicity {
    HAN("01", "汉族"),
    MONGOL("02", "蒙古族"),
    HUI("03", "回族"),
    TIBETAN("04", "藏族"),
    UYGHUR("05", "维吾尔族"),
    MIAO("06", "苗族"),
    YI("07", "彝族"),
    ZHUANG("08", "壮族"),
    BOUYEI("09", "布依族"),
    KOREAN("10", "朝鲜族"),
    MANCHU("11", "满族"),
    DONG("12", "侗族"),
    YAO("13", "瑶族"),
    BAI("14", "白族"),
    TUJIA("15", "土家族"),
    HANI("16", "哈尼族"),
    KAZAKH("17", "哈萨克族"),
    DAI("18", "傣族"),
    LI("19", "黎族"),
    LISU("20", "傈僳族"),
    WA("21", "佤族"),
    SHE("22", "畲族"),
    GAOSHAN("23", "高山族"),
    LAHU("24", "拉祜族"),
    SUI("25", "水族"),
    DONGXIANG("26", "东乡族"),
    NAXI("27", "纳西族"),
    JINGPO("28", "景颇族"),
    KYRGYZ("29", "柯尔克孜族"),
    TU("30", "土族"),
    DAUR("31", "达斡尔族"),
    MULAO("32", "仫佬族"),
    QIANG("33", "羌族"),
    BLANG("34", "布朗族"),
    SALAR("35", "撒拉族"),
    MAONAN("36", "毛南族"),
    GELAO("37", "仡佬族"),
    XIBE("38", "锡伯族"),
    ACHANG("39", "阿昌族"),
    PUMI("40", "普米族"),
    TAJIK("41", "塔吉克族"),
    NU("42", "怒族"),
    UZBEK("43", "乌孜别克族"),
    RUSSIAN("44", "俄罗斯族"),
    EWENKI("45", "鄂温克族"),
    DEANG("46", "德昂族"),
    BONAN("47", "保安族"),
    YUGUR("48", "裕固族"),
    GIN("49", "京族"),
    TATAR("50", "塔塔尔族"),
    DERUNG("51", "独龙族"),
    OROQEN("52", "鄂伦春族"),
    HEZHEN("53", "赫哲族"),
    MONPA("54", "门巴族"),
    LHOBA("55", "珞巴族"),
    JINO("56", "基诺族");

    private final String code;
    private final String officialName;

    Ethnicity(String code, String officialName) {
        this.code = code;
        this.officialName = officialName;
    }

    /** The GB/T 3304 code, "01" for 汉族. */
    public String code() {
        return code;
    }

    /** The name the standard gives, in Chinese: what is stored and printed on the forms. */
    public String officialName() {
        return officialName;
    }

    public String labelKey() {
        return "ethnicity." + name();
    }

    /**
     * The group a clerk or a file means: the official name (汉族), the name without 族 (汉), the code (01 or 1)
     * or the constant (HAN); empty when none matches.
     */
    public static Optional<Ethnicity> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        return Arrays.stream(values()).filter(e -> e.officialName.equals(t) || e.name().equalsIgnoreCase(t)
                || e.code.equals(t) || e.code.equals("0" + t)
                || e.officialName.equals(t + "族")).findFirst();
    }
}
