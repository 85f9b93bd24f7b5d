package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.appraisal.FormSummary;
import com.keyaccount.portal.security.Permissions;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 我的考核 / My appraisals: the forms waiting for the signed-in person (自评, 评分, 部门意见, 签字, 审批) above their own forms
 * with the result once final (000 述职考评 and 考核 forms). A click opens the form.
 */
@Route("appraisals")
@RolesAllowed(Permissions.Appraisal.USE)
@Menu(order = 300, icon = "vaadin:clipboard-check", title = "appraisal.ui.my.title")
public class MyAppraisalsView extends Main implements HasDynamicTitle {

    final H3 waitingTitle = new H3();
    final FormList waiting;
    final FormList mine;

    MyAppraisalsView(AppraisalFormService forms) {
        addClassNames("view-content", "my-appraisals");
        List<FormSummary> waitingForms = forms.waitingForMe();
        waiting = new FormList(FormList.Kind.WAITING, waitingForms);
        mine = new FormList(FormList.Kind.MINE, forms.myForms());
        waitingTitle.setText(getTranslation("appraisal.ui.my.waitingTab", waitingForms.size()));
        add(waitingTitle, waiting, new H3(getTranslation("appraisal.ui.my.mineTab")), mine);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appraisal.ui.my.title");
    }
}
