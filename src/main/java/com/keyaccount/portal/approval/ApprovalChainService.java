package com.keyaccount.portal.approval;

import com.keyaccount.portal.approval.repository.ApprovalChainRepository;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.org.Office;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.Permissions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chain of steps of each request type (审批流程), seeded from the regulations and edited by an administrator.
 * A change applies to requests submitted (or resubmitted) afterwards; requests under way keep their steps.
 */
@Service
public class ApprovalChainService {

    /** The most steps a chain may have. */
    public static final int MAX_STEPS = 10;

    private final ApprovalChainRepository chains;
    private final ApprovalTypes types;
    private final OrgQueries org;
    private final AuditService audit;
    private final EntityManager entityManager;

    ApprovalChainService(ApprovalChainRepository chains, ApprovalTypes types, OrgQueries org, AuditService audit,
            EntityManager entityManager) {
        this.chains = chains;
        this.types = types;
        this.org = org;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    @PreAuthorize(Permissions.Approval.HAS_MANAGE)
    @Transactional(readOnly = true)
    public List<ChainSummary> findChains() {
        return chains.findAllWithSteps().stream().map(chain -> new ChainSummary(chain.getTypeKey(),
                types.nameKey(chain.getTypeKey()), chain.getSteps().size())).toList();
    }

    @PreAuthorize(Permissions.Approval.HAS_MANAGE)
    @Transactional(readOnly = true)
    public ChainDraft load(String typeKey) {
        ApprovalChain chain = require(typeKey);
        return new ChainDraft(chain.getTypeKey(), types.nameKey(typeKey), chain.getVersion(),
                chain.getSteps().stream().map(ApprovalChainStep::toDraft).toList());
    }

    /**
     * Saves the steps of a chain read at {@code draft.version()}: at least one and at most {@link #MAX_STEPS} steps,
     * each with a rule; an office step names an office somebody holds now (a vacant one would stop every request).
     */
    @PreAuthorize(Permissions.Approval.HAS_MANAGE)
    @Transactional
    public void save(ChainDraft draft) {
        if (draft == null) {
            throw new BusinessException("approval.chain.notFound", "");
        }
        ApprovalChain chain = require(draft.typeKey());
        Versions.require(ApprovalChain.class, draft.typeKey(), chain.getVersion(), draft.version());
        List<ChainStepDraft> steps = validated(draft.steps());
        String before = describe(chain.getSteps().stream().map(ApprovalChainStep::toDraft).toList());
        chain.replaceSteps(steps);
        String after = describe(steps);
        if (!before.equals(after)) {
            // the steps are rows of their own: bump the chain's version so a concurrent save of it fails
            entityManager.lock(chain, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            chains.saveAndFlush(chain);
            audit.record(ApprovalAudit.CHAIN_UPDATED, ApprovalAudit.CHAIN_ENTITY, draft.typeKey(),
                    AuditDetail.of("approval.audit.chainUpdated", AuditDetail.translated(types.nameKey(draft.typeKey())))
                            .withChanges(new AuditDetail.Changes().field("approval.chain.steps", before, after).list()));
        }
    }

    private List<ChainStepDraft> validated(List<ChainStepDraft> steps) {
        if (steps.isEmpty()) {
            throw new BusinessException("approval.chain.empty");
        }
        if (steps.size() > MAX_STEPS) {
            throw new BusinessException("approval.chain.tooManySteps", MAX_STEPS);
        }
        List<ChainStepDraft> clean = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ChainStepDraft step = steps.get(i);
            if (step == null || step.rule() == null) {
                throw new BusinessException("approval.chain.ruleRequired", i + 1);
            }
            String office = step.officeTitle() == null ? "" : step.officeTitle().strip();
            if (step.rule() != ApproverRule.OFFICE) {
                clean.add(new ChainStepDraft(step.rule(), null));
                continue;
            }
            if (office.isEmpty()) {
                throw new BusinessException("approval.chain.officeRequired", i + 1);
            }
            int stepNo = i + 1;
            Office code = Arrays.stream(Office.values()).filter(value -> value.name().equals(office)).findFirst()
                    .orElseThrow(() -> new BusinessException("approval.chain.officeUnknown", stepNo, office));
            if (org.holdersOf(code).isEmpty()) {
                throw new BusinessException("approval.chain.officeVacant", i + 1, office);
            }
            clean.add(new ChainStepDraft(ApproverRule.OFFICE, office));
        }
        return clean;
    }

    /** The steps as one line for the audit log, e.g. {@code 1 REQUESTER_MANAGER; 2 OFFICE 营销总监}. */
    private static String describe(List<ChainStepDraft> steps) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ChainStepDraft step = steps.get(i);
            parts.add((i + 1) + " " + step.rule() + (step.officeTitle() == null ? "" : " " + step.officeTitle()));
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    private ApprovalChain require(String typeKey) {
        return chains.findByTypeKey(typeKey)
                .orElseThrow(() -> new BusinessException("approval.chain.notFound", String.valueOf(typeKey)));
    }
}
