package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.approval.Decision;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.repository.ContractFileRepository;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Contracts and their attachments on both databases: content-checked types, the size limit, the SHA-256 kept and
 * verified, audited downloads refused to non-readers, and disposal of an ended customer's file only after the
 * 大客户部经理 approves (000 客户名册管理制度 第九条).
 */
class ContractAttachmentIT extends AbstractIntegrationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    LifecycleFixtures fixtures;
    @Autowired
    ContractService contracts;
    @Autowired
    CustomerLifecycleService lifecycle;
    @Autowired
    ApprovalService approvals;
    @Autowired
    ContractFileRepository files;
    @Autowired
    DemoUsers demo;
    @Value("${portal.storage.dir}")
    String storageDir;

    private long contractOf(long customerId) {
        return demo.as(DemoUsers.EMPLOYEE, () -> contracts.save(customerId,
                LifecycleFixtures.contract(ContractKind.SUPPLY, "GH-" + customerId)));
    }

    private Path stored(long fileId) {
        String key = files.findById(fileId).orElseThrow().getStorageKey();
        return Path.of(storageDir).toAbsolutePath().normalize().resolve("contracts").resolve(key.substring(0, 2))
                .resolve(key);
    }

    @Test
    void aPdfIsStoredWithItsHashAndEveryDownloadIsCheckedAndAudited() throws Exception {
        long customer = fixtures.prospect("福建联塑管业有限公司");
        long contract = contractOf(customer);
        long fileId = demo.as(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "C:\\扫描\\供货合同.pdf", PDF));
        ContractFileSummary listed = demo.as(DemoUsers.EMPLOYEE, () -> contracts.list(customer)).getFirst().files()
                .getFirst();
        assertThat(listed.fileName()).isEqualTo("供货合同.pdf");
        assertThat(listed.contentType()).isEqualTo("application/pdf");
        assertThat(listed.sha256()).isEqualTo(ContractFileStorage.sha256(PDF));
        assertThat(stored(fileId)).exists().doesNotHaveToString(storageDir + "/供货合同.pdf");

        ContractDownload download = demo.as(DemoUsers.MANAGER, () -> contracts.download(fileId));
        try (InputStream content = download.content()) {
            assertThat(content.readAllBytes()).isEqualTo(PDF);
        }
        assertThat(fixtures.auditActions(customer)).contains(LifecycleAudit.FILE_UPLOADED,
                LifecycleAudit.FILE_DOWNLOADED);

        Files.write(stored(fileId), "%PDF-1.7 changed".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.download(fileId)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.file.corrupt");
        assertThat(fixtures.auditActions(customer)).contains(LifecycleAudit.FILE_CORRUPT);
    }

    @Test
    void anExecutableNamedPdfAndAnOversizedFileAreRefusedAndNothingIsStored() {
        long customer = fixtures.prospect("莆田鞋材贸易有限公司");
        long contract = contractOf(customer);
        byte[] exe = Arrays.copyOf("MZ\u0090\u0000This program cannot be run in DOS mode".getBytes(
                StandardCharsets.ISO_8859_1), 512);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "合同.pdf", exe)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.file.type");
        byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "大.pdf", huge)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.file.tooLarge");
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> contracts.list(customer)).getFirst().files()).isEmpty();
        assertThat(fixtures.auditActions(customer)).contains(LifecycleAudit.FILE_REFUSED);
    }

    @Test
    void pngAndJpegAreAcceptedByTheirContent() {
        long customer = fixtures.prospect("漳州图像科技有限公司");
        long contract = contractOf(customer);
        byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
        byte[] jpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "scan.bin", png));
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "photo", jpeg));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> contracts.list(customer)).getFirst().files())
                .extracting(ContractFileSummary::contentType).containsExactly("image/png", "image/jpeg");
    }

    @Test
    void someoneWhoMayNotOpenTheArchiveNeitherListsNorDownloadsNorUploads() {
        long customer = fixtures.prospect("三明钢铁贸易有限公司");
        long contract = contractOf(customer);
        long fileId = demo.as(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "a.pdf", PDF));
        for (String login : new String[] {"zhoujie", "sunli", "admin"}) {
            assertThatThrownBy(() -> demo.run(login, () -> contracts.download(fileId))).as(login)
                    .isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> demo.run("zhoujie", () -> contracts.download(fileId)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("zhoujie", () -> contracts.list(customer)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThatThrownBy(() -> demo.run("zhoujie", () -> contracts.upload(contract, "b.pdf", PDF)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.closed");
        assertThat(fixtures.auditActions(customer)).contains(CustomerAudit.OPEN_REFUSED)
                .doesNotContain(LifecycleAudit.FILE_DOWNLOADED);
    }

    @Test
    void contractDatesAndAmountsAreValidated() {
        long customer = fixtures.prospect("龙岩稀土贸易有限公司");
        ContractDraft backwards = LifecycleFixtures.contract(ContractKind.SALES_AGREEMENT, "XS-1");
        backwards.setEndsOn(backwards.getStartsOn().minusDays(1));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(customer, backwards)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.endBeforeStart");
        ContractDraft negative = LifecycleFixtures.contract(ContractKind.SALES_AGREEMENT, "XS-2");
        negative.setAmount(new java.math.BigDecimal("-1"));
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(customer, negative)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.amountInvalid");
        ContractDraft ok = LifecycleFixtures.contract(ContractKind.SALES_AGREEMENT, "XS-3");
        ok.setEndsOn(LocalDate.now().plusYears(1));
        long id = demo.as(DemoUsers.EMPLOYEE, () -> contracts.save(customer, ok));
        ContractDraft edited = demo.as(DemoUsers.EMPLOYEE, () -> contracts.loadDraft(id));
        edited.setRemarks("年度协议");
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.save(customer, edited));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> contracts.list(customer)).getFirst().remarks())
                .isEqualTo("年度协议");
    }

    @Test
    void anEndedCustomersFileIsDeletedOnlyAfterTheKeyAccountManagerApproves() {
        long customer = fixtures.prospect("宁德海产贸易有限公司");
        long contract = contractOf(customer);
        long fileId = demo.as(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "a.pdf", PDF));
        Path onDisk = stored(fileId);
        fixtures.force(customer, CustomerStatus.SURVEYING, CustomerStatus.PENDING_APPROVAL,
                CustomerStatus.CONTRACTING, CustomerStatus.ACTIVE);
        demo.run(DemoUsers.EMPLOYEE, () -> lifecycle.terminate(customer, EndKind.ENDED, "合作结束"));

        assertThatThrownBy(() -> demo.run(DemoUsers.MANAGER, () -> contracts.deleteFile(fileId)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.file.disposalNeeded");
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.requestDisposal(fileId)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.archive.notSupervisor");
        long requestId = demo.as(DemoUsers.MANAGER, () -> contracts.requestDisposal(fileId));
        assertThat(demo.as(DemoUsers.MANAGER, () -> approvals.find(requestId)).steps())
                .extracting(s -> s.approverName()).containsExactly("陈志强");
        assertThat(files.findById(fileId)).isPresent();
        fixtures.decide(DemoUsers.DEPARTMENT_HEAD, requestId, Decision.APPROVE, "资料已无法恢复");
        assertThat(files.findById(fileId)).isEmpty();
        assertThat(onDisk).doesNotExist();
        assertThat(fixtures.auditActions(customer)).contains(LifecycleAudit.FILE_DISPOSED);
    }

    @Test
    void aFileOfATradingCustomerIsDeletedDirectlyAndTheContractAfterIt() {
        long customer = fixtures.prospect("厦门象屿贸易有限公司");
        long contract = contractOf(customer);
        long fileId = demo.as(DemoUsers.EMPLOYEE, () -> contracts.upload(contract, "a.pdf", PDF));
        Path onDisk = stored(fileId);
        long version = demo.as(DemoUsers.EMPLOYEE, () -> contracts.list(customer)).getFirst().version();
        assertThatThrownBy(() -> demo.run(DemoUsers.EMPLOYEE, () -> contracts.delete(contract, version)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.contract.hasFiles");
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.deleteFile(fileId));
        assertThat(onDisk).doesNotExist();
        demo.run(DemoUsers.EMPLOYEE, () -> contracts.delete(contract, version));
        assertThat(demo.as(DemoUsers.EMPLOYEE, () -> contracts.list(customer))).isEmpty();
        assertThat(fixtures.auditActions(customer)).contains(LifecycleAudit.FILE_DELETED,
                LifecycleAudit.CONTRACT_DELETED);
    }
}
