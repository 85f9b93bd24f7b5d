package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.GradeScheme;
import com.keyaccount.portal.customer.GradeThresholdService;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;

/**
 * 客户等级标准 / Customer grades: administrators edit the thresholds of both grade schemes (001 一篇 第3条 A1–D; 002 三
 * 客户等级分类表 AAA–B); saving a scheme regrades every customer.
 */
@Route("admin/customer-grades")
@RolesAllowed(Permissions.Customer.MANAGE)
@Menu(order = 950, icon = "vaadin:medal", title = "menu.customerGrades")
public class GradeThresholdsView extends Main implements HasDynamicTitle {

    final Map<GradeScheme, GradeSchemeEditor> editors = new EnumMap<>(GradeScheme.class);

    GradeThresholdsView(GradeThresholdService thresholds) {
        addClassNames("view-content", "customer-grades");
        add(new Paragraph(getTranslation("customer.grades.rules.intro")));
        for (GradeScheme scheme : GradeScheme.values()) {
            GradeSchemeEditor editor = new GradeSchemeEditor(thresholds, scheme);
            editors.put(scheme, editor);
            add(editor);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.customerGrades");
    }
}
