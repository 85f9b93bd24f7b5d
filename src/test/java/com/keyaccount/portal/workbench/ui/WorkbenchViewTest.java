package com.keyaccount.portal.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ShellContributions;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.base.ui.PortalI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;

/** 我的工作台: the profile card, then the modules' cards in @Order, filtered by permission, a failing one isolated. */
@Import(ShellContributions.class)
class WorkbenchViewTest extends ViewTestBase {

    @Test
    @WithUserDetails("zhangwei")
    void anEmployeeSeesTheirProfile() {
        WorkbenchView view = navigate(WorkbenchView.class);
        List<String> texts = find(Span.class, view.profileCard).all().stream().map(Span::getText).toList();
        assertThat(find(H2.class, view.profileCard).single().getText()).isEqualTo("张伟，您好");
        assertThat(texts).contains("HD0004", "宏达商贸有限公司 / 大客户部 / 大客户一组", "刘洋", "员工", "2019年9月2日", "本科");
    }

    @Test
    @WithUserDetails("zhangwei")
    void cardsFollowTheirOrderAndAFailingCardShowsAsUnavailable() {
        WorkbenchView view = navigate(WorkbenchView.class);
        // the test cards in their order, between the modules' own cards (我的客户, 跟进逾期, …)
        List<String> titles = cardTitles(view);
        assertThat(titles).containsSubsequence("我的信息", "待我审批", "我的工作台", "审计日志");
        Div broken = cards(view).get(titles.indexOf("我的工作台"));
        assertThat(broken.getClassNames()).contains("unavailable");
        assertThat(find(Paragraph.class, broken).single().getText()).isEqualTo("此卡片暂时无法显示，请稍后再试。");

        Div first = cards(view).get(1);
        Anchor link = find(Anchor.class, first).single();
        assertThat(link.getText()).isEqualTo("修改密码");
        assertThat(link.getHref()).isEqualTo("account/password");
        assertThat(find(Div.class, first).all().stream().filter(line -> line.hasClassName("attention")).toList())
                .singleElement().satisfies(line -> assertThat(find(Span.class, line).single().getText())
                        .isEqualTo("逾期，您好"));
    }

    @Test
    @WithUserDetails("admin")
    void aCardThatNeedsAPermissionShowsOnlyToThoseWhoHoldIt() {
        WorkbenchView view = navigate(WorkbenchView.class);
        assertThat(cardTitles(view)).containsExactly("我的信息", "待我审批", "我的工作台", "审计日志", "员工管理");
    }

    @Test
    @WithUserDetails("admin")
    void rolesAreJoinedWithTheSeparatorOfTheLanguage() {
        WorkbenchView view = navigate(WorkbenchView.class);
        assertThat(spans(view)).contains("员工、系统管理员");

        UI.getCurrent().setLocale(PortalI18NProvider.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
        assertThat(spans(find(WorkbenchView.class).single())).contains("Employee, System administrator");
    }

    private List<String> spans(WorkbenchView view) {
        return find(Span.class, view.profileCard).all().stream().map(Span::getText).toList();
    }

    private static List<Div> cards(WorkbenchView view) {
        return view.cards.getChildren().map(Div.class::cast).toList();
    }

    private List<String> cardTitles(WorkbenchView view) {
        return cards(view).stream().map(card -> find(H3.class, card).single().getText()).toList();
    }
}
