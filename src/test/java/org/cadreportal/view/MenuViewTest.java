package org.cadreportal.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.cadreportal.base.ui.HomeView;
import org.cadreportal.base.ui.NotFoundView;
import org.cadreportal.cadre.ui.CadreListView;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.org.ui.UnitAdminView;
import org.cadreportal.security.ui.UserAdminView;
import org.cadreportal.testing.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Each role sees the menu entries it may open, and is refused the views it may not. */
class MenuViewTest extends ViewTest {

    private List<String> menu() {
        navigate(HomeView.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void administratorSeesRegistryUnitsAndUsers() {
        assertThat(menu()).containsExactly("首页", "数据看板", "干部名册", "实绩档案", "能上能下", "未填报干部", "一线考察", "查诬澄清",
                "容错纠错", "回访教育", "奖励批评", "大督办", "政绩考核", "领导干部年度考核", "单位管理", "用户管理", "流程配置", "情形与调整方式", "督办设置", "实绩分类设置", "填报周期",
                "容错类别与免责清单", "节假日与调休", "访问日志", "消息发送队列");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void clerkSeesTheRegistryButNoAdministration() {
        assertThat(menu()).containsExactly("首页", "数据看板", "我的待办", "干部名册", "实绩档案", "实绩审核", "能上能下", "未填报干部",
                "一线考察", "后备干部库", "查诬澄清", "澄清快速登记", "容错纠错", "回访教育", "奖励批评", "大督办", "政绩考核", "领导干部年度考核");
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void committeeMemberSeesTheRegistry() {
        assertThat(menu()).containsExactly("首页", "数据看板", "我的待办", "干部名册", "实绩档案", "能上能下", "一线考察", "后备干部库",
                "查诬澄清", "容错纠错", "回访教育", "奖励批评", "大督办", "政绩考核", "领导干部年度考核");
    }

    @Test
    @WithUserDetails(DemoAccounts.DISCIPLINE)
    void disciplineOfficerSeesTheRegistry() {
        assertThat(menu()).containsExactly("首页", "数据看板", "我的待办", "干部名册", "实绩档案", "能上能下", "一线考察", "查诬澄清",
                "容错纠错", "回访教育", "奖励批评");
    }

    @Test
    @WithUserDetails(DemoAccounts.ASSESSMENT)
    void assessmentOfficerSeesTheAssessment() {
        assertThat(menu()).containsExactly("首页", "政绩考核", "领导干部年度考核");
    }

    @Test
    @WithUserDetails(DemoAccounts.SUPERVISION)
    void supervisionOfficerSeesTheRegistry() {
        assertThat(menu()).containsExactly("首页", "数据看板", "干部名册", "实绩档案", "一线考察", "大督办");
    }

    @Test
    @WithUserDetails(DemoAccounts.CADRE)
    void cadreSeesOnlyTheHomePageAndIsRefusedTheRegistry() {
        assertThat(menu()).containsExactly("首页", "我的实绩", "我的督办事项");
        navigateRefused("cadres");
        navigateRefused("supervision");
        navigateRefused("adjustments");
        navigateRefused("my-tasks");
        navigateRefused("tolerance");
        navigateRefused("tolerance/visits");
        navigateRefused("dashboard");
        navigateRefused("dashboard/figure/accusation.falseAccusations");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void clerkIsRefusedTheAdministratorsViews() {
        navigateRefused("admin/units");
        navigateRefused("admin/users");
        navigateRefused("admin/procedures");
        navigateRefused("admin/adjustment-reference");
        navigateRefused("admin/supervision");
        navigateRefused("admin/archive-terms");
        navigateRefused("admin/periods");
        navigateRefused("admin/tolerance-reference");
        navigateRefused("admin/calendar");
        navigateRefused("admin/access-log");
    }

    @Test
    @WithUserDetails(DemoAccounts.ADMIN)
    void administratorOpensTheAdministratorsViews() {
        assertThat(navigate(UnitAdminView.class)).isNotNull();
        assertThat(navigate(UserAdminView.class)).isNotNull();
        assertThat(navigate(CadreListView.class)).isNotNull();
    }

    private void navigateRefused(String location) {
        try {
            navigate(location, NotFoundView.class);
        } catch (IllegalArgumentException e) {
            // navigate() complains when the view shown is not the one named; what counts is what is shown.
        }
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
