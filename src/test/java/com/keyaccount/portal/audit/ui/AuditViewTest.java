package com.keyaccount.portal.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.audit.FieldChange;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin")
class AuditViewTest extends ViewTestBase {

    @Autowired
    AuditService audit;

    @Test
    void anObjectsHistoryShowsItsDetailsInTheViewersLanguage() {
        audit.record("org.employee.updated", "ViewProbe", 9, AuditDetail.of("audit.detail.employee", "张伟", "HD0004")
                .withChanges(List.of(new FieldChange("employee.education", "#education.BACHELOR",
                        "#education.MASTER"))));
        audit.record("org.employee.updated", "ViewProbe", 10, AuditDetail.of("audit.detail.employee", "李娜", "HD0005"));
        AuditView view = navigate(AuditView.class);

        view.entityType.setValue("ViewProbe");
        view.entityId.setValue("9");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("修改员工");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("ViewProbe #9");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("张伟（HD0004）；学历：本科 → 硕士");
        assertThat(test(view.grid).getCellText(0, 0)).doesNotContain("T", "Z");
    }
}
