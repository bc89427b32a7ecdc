package org.cadreportal.cadre.service;

/**
 * The LRMX format of the 干部任免审批表 editor: element names (pinyin of the form's boxes) in the order the
 * editor writes them, and the limits an import holds a file to.
 */
final class Lrmx {

    static final String PERSON = "Person";
    static final String NAME = "XingMing";
    static final String GENDER = "XingBie";
    static final String BIRTH = "ChuShengNianYue";
    static final String ETHNICITY = "MinZu";
    static final String NATIVE_PLACE = "JiGuan";
    static final String BIRTH_PLACE = "ChuShengDi";
    static final String PARTY_JOINED = "RuDangShiJian";
    static final String WORK_STARTED = "CanJiaGongZuoShiJian";
    static final String HEALTH = "JianKangZhuangKuang";
    static final String TITLE = "ZhuanYeJiShuZhiWu";
    static final String EXPERTISE = "ShuXiZhuanYeYouHeZhuanChang";
    static final String FULL_TIME = "QuanRiZhiJiaoYu";
    static final String PART_TIME = "ZaiZhiJiaoYu";
    static final String EDUCATION = "_XueLi";
    static final String DEGREE = "_XueWei";
    static final String EDUCATION_SCHOOL = "_XueLi_BiYeYuanXiaoXi";
    static final String DEGREE_SCHOOL = "_XueWei_BiYeYuanXiaoXi";
    static final String CURRENT_POST = "XianRenZhiWu";
    static final String PROPOSED_POST = "NiRenZhiWu";
    static final String PROPOSED_REMOVAL = "NiMianZhiWu";
    static final String RESUME = "JianLi";
    static final String REWARDS = "JiangChengQingKuang";
    static final String ANNUAL_RESULTS = "NianDuKaoHeJieGuo";
    static final String REASON = "RenMianLiYou";
    static final String FAMILY = "JiaTingChengYuan";
    static final String ITEM = "Item";
    static final String RELATION = "ChengWei";
    static final String RELATIVE_NAME = "XingMing";
    static final String RELATIVE_BIRTH = "ChuShengRiQi";
    static final String POLITICAL_STATUS = "ZhengZhiMianMao";
    static final String WORK_AND_POST = "GongZuoDanWeiJiZhiWu";
    static final String REPORTING_UNIT = "ChengBaoDanWei";
    static final String AGE_ON = "JiSuanNianLingShiJian";
    static final String FILLED_ON = "TianBiaoShiJian";
    static final String FILLED_BY = "TianBiaoRen";
    static final String ID_NUMBER = "ShenFenZheng";
    static final String PHOTO = "ZhaoPian";
    static final String VERSION = "Version";
    /** The editor version that public sample files carry; the editor reads files without it too. */
    static final String VERSION_WRITTEN = "3.2.1.16";

    /** One {@code .lrmx} file, photo included. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    /** The photo after base64 decoding. */
    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    /** A photo's width or height in pixels (a larger one is a decompression bomb, not a passport photo). */
    static final int MAX_PHOTO_SIDE = 4000;
    /** An uploaded zip as it arrives. */
    static final int MAX_ZIP_BYTES = 50 * 1024 * 1024;
    /** Files in one zip, and all of them together once unpacked. */
    static final int MAX_ZIP_ENTRIES = 1000;
    static final long MAX_ZIP_TOTAL_BYTES = 200L * 1024 * 1024;
    /** Family members one file may list (the form has room for far fewer). */
    static final int MAX_FAMILY = 30;

    private Lrmx() {
    }
}
