package com.keyaccount.portal.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.ViewTestBase;
import com.keyaccount.portal.customer.ContractKind;
import com.keyaccount.portal.customer.ContractService;
import com.keyaccount.portal.customer.ContractSummary;
import com.keyaccount.portal.customer.CustomerPermissions;
import com.keyaccount.portal.customer.CustomerService;
import com.keyaccount.portal.customer.LifecycleFixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The contracts tab: add through the dialog with its checks, attach files, refuse a disguised file, delete. */
class ContractsTabTest extends ViewTestBase {

    @Autowired
    ContractService contracts;
    @Autowired
    CustomerService customers;
    @Autowired
    LifecycleFixtures fixtures;
    @Autowired
    DemoUsers demo;

    private ContractsTab mount(long id) {
        CustomerPermissions permissions = customers.permissionsOn(id);
        ContractsTab tab = new ContractsTab(contracts, id, permissions);
        UI.getCurrent().add(tab);
        return tab;
    }

    @Test
    @WithUserDetails("zhangwei")
    void anEditorAddsAContractAndTheDialogShowsTheDateError() {
        long id = fixtures.prospect("合同页测试客户");
        ContractsTab tab = mount(id);
        assertThat(tab.add.isVisible()).isTrue();
        test(tab.add).click();
        ContractDialog dialog = find(ContractDialog.class).single();
        dialog.kind.setValue(ContractKind.SUPPLY);
        dialog.contractNo.setValue("GH-2026-001");
        dialog.signedOn.setValue(LocalDate.now().minusDays(3));
        dialog.startsOn.setValue(LocalDate.now());
        dialog.endsOn.setValue(LocalDate.now().minusDays(1));
        test(dialog.save).click();
        assertThat(dialog.endsOn.isInvalid()).isTrue();
        assertThat(dialog.endsOn.getErrorMessage()).isEqualTo("到期日期不能早于生效日期");

        dialog.endsOn.setValue(LocalDate.now().plusYears(1));
        test(dialog.save).click();
        assertThat(test(tab.grid).size()).isEqualTo(1);
        assertThat(test(tab.grid).getCellText(0, 0)).isEqualTo("供货合同");
        assertThat(test(tab.grid).getCellText(0, 1)).isEqualTo("GH-2026-001");
    }

    @Test
    @WithUserDetails("zhangwei")
    void attachmentsAreUploadedCheckedByContentAndListedAsDownloadLinks() {
        long id = fixtures.prospect("合同附件页测试客户");
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(id, LifecycleFixtures.contract(ContractKind.VIP_AGREEMENT,
                "VIP-" + id)));
        ContractsTab tab = mount(id);
        ContractSummary contract = contracts.list(id).getFirst();
        ContractFilesDialog files = new ContractFilesDialog(contracts, contract, true, false,
                contractId -> contracts.list(id).getFirst());
        files.open();
        files.receive("病毒.pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(notificationTexts()).anyMatch(text -> text.contains("不是 PDF、PNG 或 JPEG"));
        files.receive("协议.pdf", "%PDF-1.7 协议".getBytes(StandardCharsets.UTF_8));
        assertThat(contracts.list(id).getFirst().files()).extracting(f -> f.fileName()).containsExactly("协议.pdf");
        assertThat(files.list.getChildren().map(row -> row.getChildren().findFirst().orElseThrow())
                .filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getText())).containsExactly("协议.pdf");
        tab.refresh();
        assertThat(test(tab.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("zhoujie")
    void someoneWhoMayNotOpenTheArchiveGetsNoTab() {
        long id = fixtures.prospect("合同无权页测试客户");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mount(id))
                .hasMessage("customer.archive.closed");
    }
}
