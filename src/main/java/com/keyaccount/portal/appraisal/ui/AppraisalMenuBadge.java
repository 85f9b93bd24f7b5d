package com.keyaccount.portal.appraisal.ui;

import com.keyaccount.portal.appraisal.AppraisalFormService;
import com.keyaccount.portal.base.ui.MenuBadge;
import com.vaadin.flow.component.Component;

/** The number of appraisal forms waiting for the signed-in person, on the 我的考核 menu entry. */
@org.springframework.stereotype.Component
class AppraisalMenuBadge implements MenuBadge {

    private final AppraisalFormService forms;

    AppraisalMenuBadge(AppraisalFormService forms) {
        this.forms = forms;
    }

    @Override
    public Class<? extends Component> view() {
        return MyAppraisalsView.class;
    }

    @Override
    public long count() {
        return forms.waitingForMe().size();
    }
}
