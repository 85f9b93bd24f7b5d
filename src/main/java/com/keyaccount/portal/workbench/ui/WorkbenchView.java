package com.keyaccount.portal.workbench.ui;

import com.keyaccount.portal.base.ui.Formats;
import com.keyaccount.portal.org.EmployeeProfile;
import com.keyaccount.portal.org.EmployeeService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import com.keyaccount.portal.workbench.PreparedCard;
import com.keyaccount.portal.workbench.WorkbenchLine;
import com.keyaccount.portal.workbench.WorkbenchService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/**
 * 我的工作台 / My work: who I am in the organisation, then the cards other modules contribute
 * ({@link com.keyaccount.portal.workbench.WorkbenchCard}), rendered here from their data.
 */
@Route("")
@PermitAll
@Menu(order = 0, icon = "vaadin:home", title = "menu.workbench")
public class WorkbenchView extends Main implements HasDynamicTitle {

    final Div profileCard = new Div();
    final Div cards = new Div();

    WorkbenchView(CurrentUser currentUser, EmployeeService employees, WorkbenchService workbench) {
        addClassNames("workbench", "view-content");
        PortalUser user = currentUser.require();
        employees.findOwnProfile().ifPresent(profile -> fillProfile(user, profile));
        profileCard.addClassName("card");
        cards.addClassName("workbench-cards");
        cards.add(profileCard);
        workbench.myCards().forEach(card -> cards.add(render(card)));
        add(cards);
    }

    private void fillProfile(PortalUser user, EmployeeProfile profile) {
        Avatar avatar = new Avatar(profile.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        H2 name = new H2(getTranslation("workbench.greeting", profile.displayName()));
        Span position = new Span(profile.positionTitle() == null ? "" : profile.positionTitle());
        position.addClassName("secondary");
        Div heading = new Div(name, position);
        Div head = new Div(avatar, heading);
        head.addClassName("profile-head");

        String roles = user.roles().stream().map(role -> getTranslation("role." + role.name()))
                .collect(Collectors.joining(getTranslation("list.separator")));
        Div facts = new Div(
                fact("workbench.employeeNo", profile.employeeNo()),
                fact("workbench.department", profile.departmentPath()),
                fact("workbench.manager", profile.managerName() == null ? getTranslation("workbench.noManager")
                        : profile.managerName()),
                fact("workbench.roles", roles),
                fact("workbench.hireDate", Formats.date(profile.hireDate(), getLocale())),
                fact("workbench.education", getTranslation("education." + profile.education().name())),
                fact("workbench.phone", profile.phone()),
                fact("workbench.email", profile.email()));
        if (profile.salaryGrade() != null) {
            facts.add(fact("employee.salaryGrade", String.valueOf(profile.salaryGrade())));
        }
        facts.addClassName("facts");
        H3 title = new H3(getTranslation("workbench.profile"));
        profileCard.add(title, head, facts);
    }

    private Component render(PreparedCard prepared) {
        Div card = new Div(new H3(getTranslation(prepared.titleKey())));
        card.addClassNames("card", "workbench-card");
        if (prepared.unavailable()) {
            Paragraph unavailable = new Paragraph(getTranslation("workbench.cardUnavailable"));
            unavailable.addClassName("secondary");
            card.add(unavailable);
            card.addClassName("unavailable");
            return card;
        }
        prepared.lines().forEach(line -> card.add(render(line)));
        return card;
    }

    private Component render(WorkbenchLine line) {
        String text = getTranslation(line.messageKey(), line.args().stream()
                .map(arg -> arg instanceof String key && key.startsWith("#") ? getTranslation(key.substring(1)) : arg)
                .toArray());
        Component shown;
        if (line.route() == null) {
            shown = new Span(text);
        } else {
            Anchor link = new Anchor(line.route(), text);
            // handled by Vaadin's router instead of a full page load
            link.getElement().setAttribute("router-link", true);
            shown = link;
        }
        Div row = new Div(shown);
        row.addClassName("workbench-line");
        if (line.attention()) {
            row.addClassName("attention");
        }
        return row;
    }

    private Component fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.workbench");
    }
}
