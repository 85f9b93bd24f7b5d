package com.keyaccount.portal.customer;

import com.keyaccount.portal.approval.ApprovalService;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.ContractFileRepository;
import com.keyaccount.portal.customer.repository.CustomerContractRepository;
import com.keyaccount.portal.customer.repository.CustomerRepository;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contracts and agreements of a customer (000 大客户开发选择制度 第九、十条; 001 一篇 第8条) and their scanned
 * attachments (004-2 四: 經銷合同與文件): PDF, PNG or JPEG recognised by content, at most
 * {@code portal.customer.attachment-max-bytes}, stored outside the web root with their SHA-256; every upload,
 * download and deletion is audited. An attachment of an ended or deregistered archive is deleted only through a
 * material-disposal request the 大客户部经理 approves (000 客户名册管理制度 第九条).
 */
@Service
public class ContractService {

    /** Archives whose material is disposed of only with the 大客户部经理's approval. */
    static final Set<CustomerStatus> ENDED = EnumSet.of(CustomerStatus.TERMINATED, CustomerStatus.DEREGISTERED);
    static final int MAX_NUMBER = 60;
    static final int MAX_SIGNER = 100;
    static final int MAX_REMARKS = 1000;
    static final int MAX_FILE_NAME = 255;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999.99");

    private final CustomerContractRepository contracts;
    private final ContractFileRepository files;
    private final CustomerRepository customers;
    private final CustomerAccess access;
    private final ContractFileStorage storage;
    private final ApprovalService approvals;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final long maxBytes;

    ContractService(CustomerContractRepository contracts, ContractFileRepository files, CustomerRepository customers,
            CustomerAccess access, ContractFileStorage storage, ApprovalService approvals, AuditService audit,
            CurrentUser currentUser, Clock clock,
            @Value("${portal.customer.attachment-max-bytes:10485760}") long maxBytes) {
        this.contracts = contracts;
        this.files = files;
        this.customers = customers;
        this.access = access;
        this.storage = storage;
        this.approvals = approvals;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The largest attachment accepted, in bytes. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    public long maxAttachmentBytes() {
        return maxBytes;
    }

    /** The archive's contracts with their attachments, newest signature first. */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public List<ContractSummary> list(long customerId) {
        access.requireOpen(customer(customerId));
        List<CustomerContract> found = contracts.findByCustomerIdOrderBySignedOnDescIdDesc(customerId);
        Map<Long, List<ContractFileSummary>> byContract = found.isEmpty() ? Map.of()
                : files.findByContractIdInOrderByIdAsc(found.stream().map(CustomerContract::getId).toList()).stream()
                        .collect(Collectors.groupingBy(ContractFile::getContractId,
                                Collectors.mapping(ContractService::summary, Collectors.toList())));
        return found.stream().map(c -> new ContractSummary(c.getId(), c.getVersion(), c.getKind(), c.getContractNo(),
                c.getSignedOn(), c.getStartsOn(), c.getEndsOn(), c.getAmount(), c.getOurSigner(), c.getTheirSigner(),
                c.getRemarks(), byContract.getOrDefault(c.getId(), List.of()))).toList();
    }

    /** Whether attachments of the archive are removed only by an approved disposal (the trade has ended). */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional(readOnly = true)
    public boolean disposalNeeded(long customerId) {
        Customer customer = customer(customerId);
        access.requireOpen(customer);
        return ENDED.contains(customer.getStatus());
    }

    /** A contract for the edit dialog. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional(readOnly = true)
    public ContractDraft loadDraft(long contractId) {
        CustomerContract contract = contract(contractId);
        access.requireEdit(customer(contract.getCustomerId()));
        return ContractDraft.of(contract);
    }

    /** Adds a contract (draft without id) or saves an edited one (version-checked); returns its id. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long save(long customerId, ContractDraft draft) {
        Customer customer = customer(customerId);
        access.requireEdit(customer);
        validate(draft);
        CustomerContract contract;
        if (draft.getId() == null) {
            contract = new CustomerContract(customerId, clock.instant());
        } else {
            contract = contract(draft.getId());
            if (contract.getCustomerId() != customerId) {
                throw new BusinessException("customer.contract.notFound");
            }
            Versions.require(CustomerContract.class, draft.getId(), contract.getVersion(), draft.getVersion());
        }
        contract.apply(draft);
        contracts.saveAndFlush(contract);
        audit.record(LifecycleAudit.CONTRACT_SAVED, CustomerAudit.ENTITY, customerId,
                AuditDetail.of("customer.audit.contractSaved", customer.getName(),
                        AuditDetail.translated("customer.contractKind.", contract.getKind()), contract.getContractNo()));
        return contract.getId();
    }

    /** Deletes a contract that has no attachments left. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void delete(long contractId, long expectedVersion) {
        CustomerContract contract = contract(contractId);
        Customer customer = customer(contract.getCustomerId());
        access.requireEdit(customer);
        Versions.require(CustomerContract.class, contractId, contract.getVersion(), expectedVersion);
        if (!files.findByContractId(contractId).isEmpty()) {
            throw new BusinessException("customer.contract.hasFiles");
        }
        contracts.delete(contract);
        audit.record(LifecycleAudit.CONTRACT_DELETED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.contractDeleted", customer.getName(),
                        AuditDetail.translated("customer.contractKind.", contract.getKind()), contract.getContractNo()));
    }

    /**
     * Attaches a file to the contract. Refused: larger than the limit ({@code customer.contract.file.tooLarge}), or
     * content that is not PDF, PNG or JPEG whatever its name says ({@code customer.contract.file.type}); refusals
     * are audited. Returns the attachment's id.
     */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long upload(long contractId, String fileName, byte[] content) {
        CustomerContract contract = contract(contractId);
        Customer customer = customer(contract.getCustomerId());
        access.requireEdit(customer);
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new BusinessException("customer.contract.file.empty");
        }
        if (content.length > maxBytes) {
            refuse(customer, name, "tooLarge");
            throw new BusinessException("customer.contract.file.tooLarge", name, megabytes(maxBytes));
        }
        AttachmentType type = AttachmentType.detect(content).orElseThrow(() -> {
            refuse(customer, name, "type");
            return new BusinessException("customer.contract.file.type", name);
        });
        String key = storage.store(content);
        deleteStoredUnlessCommitted(key);
        ContractFile file = new ContractFile(contractId, name, type, content.length, ContractFileStorage.sha256(content),
                key, currentUser.actorName(), clock.instant());
        files.saveAndFlush(file);
        audit.record(LifecycleAudit.FILE_UPLOADED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.fileUploaded", customer.getName(), contract.getContractNo(), name,
                        file.getSha256()));
        return file.getId();
    }

    /**
     * The attachment's content, after checking again that the signed-in person may open the archive and that the
     * stored bytes still have the recorded SHA-256 (a changed file is refused and audited). Every download is audited.
     */
    @PreAuthorize(Permissions.Customer.HAS_READ)
    @Transactional
    public ContractDownload download(long fileId) {
        ContractFile file = file(fileId);
        Customer customer = customer(contract(file.getContractId()).getCustomerId());
        access.requireOpen(customer);
        byte[] content = storage.exists(file.getStorageKey()) ? storage.read(file.getStorageKey()) : null;
        if (content == null || !ContractFileStorage.sha256(content).equals(file.getSha256())) {
            audit.recordRefusal(LifecycleAudit.FILE_CORRUPT, CustomerAudit.ENTITY, customer.getId(),
                    AuditDetail.of("customer.audit.fileCorrupt", customer.getName(), file.getFileName()));
            throw new BusinessException("customer.contract.file.corrupt", file.getFileName());
        }
        audit.record(LifecycleAudit.FILE_DOWNLOADED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.fileDownloaded", customer.getName(), file.getFileName()));
        return new ContractDownload(file.getFileName(), file.getContentType(), content.length,
                new ByteArrayInputStream(content));
    }

    /** Deletes an attachment of an archive still in trade; an ended archive's needs {@link #requestDisposal}. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public void deleteFile(long fileId) {
        ContractFile file = file(fileId);
        Customer customer = customer(contract(file.getContractId()).getCustomerId());
        access.requireEdit(customer);
        if (ENDED.contains(customer.getStatus())) {
            throw new BusinessException("customer.contract.file.disposalNeeded");
        }
        remove(file, customer, LifecycleAudit.FILE_DELETED, "customer.audit.fileDeleted");
    }

    /** Asks the 大客户部经理 to approve disposing of an ended archive's attachment; returns the request's id. */
    @PreAuthorize(Permissions.Customer.HAS_EDIT)
    @Transactional
    public long requestDisposal(long fileId) {
        return approvals.submit(CustomerApprovalTypes.MATERIAL_DISPOSAL, fileId);
    }

    /** Disposal approved: the file is deleted from the disk and the archive; run by {@link CustomerApprovalJob}. */
    void dispose(long fileId) {
        files.findById(fileId).ifPresent(file -> remove(file,
                customer(contract(file.getContractId()).getCustomerId()), LifecycleAudit.FILE_DISPOSED,
                "customer.audit.fileDisposed"));
    }

    private void remove(ContractFile file, Customer customer, String action, String detailKey) {
        files.delete(file);
        files.flush();
        String key = file.getStorageKey();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storage.delete(key);
            }
        });
        audit.record(action, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of(detailKey, customer.getName(), file.getFileName(), file.getSha256()));
    }

    private void deleteStoredUnlessCommitted(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(key);
                }
            }
        });
    }

    private void refuse(Customer customer, String name, String why) {
        audit.recordRefusal(LifecycleAudit.FILE_REFUSED, CustomerAudit.ENTITY, customer.getId(),
                AuditDetail.of("customer.audit.fileRefused", customer.getName(), name,
                        AuditDetail.translated("customer.contract.file.refusal." + why)));
    }

    private static void validate(ContractDraft d) {
        if (d.getKind() == null) {
            throw BusinessException.onField("kind", "customer.contract.kindRequired");
        }
        if (d.getContractNo() == null || d.getContractNo().isBlank()) {
            throw BusinessException.onField("contractNo", "customer.contract.numberRequired");
        }
        if (d.getContractNo().strip().length() > MAX_NUMBER) {
            throw BusinessException.onField("contractNo", "customer.contract.tooLong", MAX_NUMBER);
        }
        if (d.getSignedOn() == null) {
            throw BusinessException.onField("signedOn", "customer.contract.signedOnRequired");
        }
        if (d.getStartsOn() != null && d.getEndsOn() != null && d.getEndsOn().isBefore(d.getStartsOn())) {
            throw BusinessException.onField("endsOn", "customer.contract.endBeforeStart");
        }
        if (d.getAmount() != null && (d.getAmount().signum() < 0 || d.getAmount().compareTo(MAX_AMOUNT) > 0
                || d.getAmount().scale() > 2)) {
            throw BusinessException.onField("amount", "customer.contract.amountInvalid");
        }
        checkLength("ourSigner", d.getOurSigner(), MAX_SIGNER);
        checkLength("theirSigner", d.getTheirSigner(), MAX_SIGNER);
        checkLength("remarks", d.getRemarks(), MAX_REMARKS);
    }

    private static void checkLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw BusinessException.onField(field, "customer.contract.tooLong", max);
        }
    }

    /** The name without any path, control characters or excess length; the content decides the type. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private static String megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024 * 1024), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    private static ContractFileSummary summary(ContractFile f) {
        return new ContractFileSummary(f.getId(), f.getFileName(), f.getContentType(), f.getSizeBytes(), f.getSha256(),
                f.getUploadedBy(), f.getUploadedAt());
    }

    private Customer customer(long id) {
        return customers.findById(id).orElseThrow(() -> new BusinessException("customer.notFound"));
    }

    private CustomerContract contract(long id) {
        return contracts.findById(id).orElseThrow(() -> new BusinessException("customer.contract.notFound"));
    }

    private ContractFile file(long id) {
        return files.findById(id).orElseThrow(() -> new BusinessException("customer.contract.file.notFound"));
    }
}
