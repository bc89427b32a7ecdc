package org.cadreportal.demo;

/**
 * The demo sign-in accounts and the few demo facts tests rely on. Every account has the same
 * password, so a tester only has to remember the user names.
 */
public final class DemoAccounts {

    public static final String PASSWORD = "Portal-Demo-2025";

    /** 系统管理员, scope: the whole city. */
    public static final String ADMIN = "admin";
    /** 市委组织部干部一科 clerk, scope: the whole city. */
    public static final String CLERK = "clerk";
    /** County clerk of 东安县, scope: that county only. */
    public static final String COUNTY_CLERK = "clerk_x01";
    /** 常委会成员, scope: the whole city. */
    public static final String COMMITTEE = "committee";
    /** Further 常委会成员, scope: the whole city; with {@link #COMMITTEE} they make up 讨论决定's five seats. */
    public static final String COMMITTEE_2 = "committee2";
    public static final String COMMITTEE_3 = "committee3";
    public static final String COMMITTEE_4 = "committee4";
    public static final String COMMITTEE_5 = "committee5";
    /** The 包保市领导 of the demo's project items: a 常委会 member, that is a city leader (市领导). */
    public static final String LEADER = COMMITTEE_2;
    /** 纪委监委 officer, scope: the whole city. */
    public static final String DISCIPLINE = "discipline";
    /** 督查室 officer, scope: the whole city. */
    public static final String SUPERVISION = "supervision";
    /** 考核办 officer, scope: the whole city. */
    public static final String ASSESSMENT = "kaohe";
    /** A clerk of 市委组织部, the scoring unit of the 2025 plan's 评价打分, 加分, 扣分 and 一票否决 indicators. */
    public static final String SCORER = "pingfen";
    /** A township party secretary, scope: their own township. */
    public static final String CADRE = "cadre";

    public static final String ADMIN_NAME = "系统管理员";
    public static final String CLERK_NAME = "王敏";
    public static final String COUNTY_CLERK_NAME = "李娟";
    public static final String COMMITTEE_NAME = "赵立新";
    public static final String COMMITTEE_2_NAME = "钱国华";
    public static final String COMMITTEE_3_NAME = "孙丽萍";
    public static final String COMMITTEE_4_NAME = "吴建军";
    public static final String COMMITTEE_5_NAME = "郑海燕";
    public static final String LEADER_NAME = COMMITTEE_2_NAME;
    public static final String DISCIPLINE_NAME = "周正平";
    public static final String SUPERVISION_NAME = "孙晓峰";
    public static final String ASSESSMENT_NAME = "刘志远";
    public static final String SCORER_NAME = "陈晓梅";
    /** The cadre user's name; the demo cadre with this name is 党委书记 of {@link #CADRE_UNIT_NAME}. */
    public static final String CADRE_NAME = "陈建华";

    public static final String CITY_CODE = "C00";
    public static final String CITY_NAME = "鄂东市";
    public static final String COUNTY_CODE = "X01";
    public static final String COUNTY_NAME = "东安县";
    public static final String CADRE_UNIT_CODE = "X01T01";
    public static final String CADRE_UNIT_NAME = "城关镇";

    /** Cadres per scope: the whole city, one county's team plus its townships, one township. */
    public static final int CADRES_IN_CITY = 690;
    public static final int CADRES_IN_COUNTY = 21 + 12 * 2;
    public static final int CADRES_IN_TOWNSHIP = 2;

    private DemoAccounts() {
    }
}
