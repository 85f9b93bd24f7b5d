package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.base.Versions;
import com.keyaccount.portal.customer.repository.CustomerRegionRepository;
import com.keyaccount.portal.security.Permissions;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 客户区域分类表 (002 四): regions with code, name, 组别, boundaries and times not suitable for visits, maintained by
 * administrators ({@code customer:manage}); everyone with customer access reads them. A region is retired, never
 * deleted, so archives keep their region.
 */
@Service
public class RegionService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,19}");

    private final CustomerRegionRepository regions;
    private final AuditService audit;

    RegionService(CustomerRegionRepository regions, AuditService audit) {
        this.regions = regions;
        this.audit = audit;
    }

    @PreAuthorize(Permissions.Customer.HAS_READ + " or " + Permissions.Customer.HAS_MANAGE)
    @Transactional(readOnly = true)
    public List<RegionSummary> findAll() {
        return regions.findAllByOrderByCodeAsc().stream().map(RegionSummary::of).toList();
    }

    @PreAuthorize(Permissions.Customer.HAS_MANAGE)
    @Transactional(readOnly = true)
    public RegionDraft loadDraft(long id) {
        return RegionDraft.of(regions.findById(id).orElseThrow(() -> new BusinessException("customer.region.notFound")));
    }

    /** Creates or updates a region; the code is stored in upper case and unique regardless of case. */
    @PreAuthorize(Permissions.Customer.HAS_MANAGE)
    @Transactional
    public long save(RegionDraft draft) {
        String code = draft.getCode() == null ? "" : draft.getCode().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw BusinessException.onField("code", "customer.region.code.invalid");
        }
        String name = CustomerValidation.trimmed(draft.getName());
        if (name == null || name.length() > 100) {
            throw BusinessException.onField("name", "customer.region.name.invalid");
        }
        regions.findByCodeIgnoreCase(code).filter(other -> !other.getId().equals(draft.getId())).ifPresent(other -> {
            throw BusinessException.onField("code", "customer.region.code.duplicate", code);
        });
        CustomerRegion region;
        if (draft.getId() == null) {
            region = new CustomerRegion(code, name);
        } else {
            region = regions.findById(draft.getId())
                    .orElseThrow(() -> new BusinessException("customer.region.notFound"));
            Versions.require(CustomerRegion.class, draft.getId(), region.getVersion(), draft.getVersion());
        }
        region.setCode(code);
        region.setName(name);
        region.setGroupName(limited("groupName", draft.getGroupName(), 100));
        region.setBoundaries(limited("boundaries", draft.getBoundaries(), 500));
        region.setUnsuitableTimes(limited("unsuitableTimes", draft.getUnsuitableTimes(), 300));
        region.setRemarks(limited("remarks", draft.getRemarks(), 500));
        region.setActive(draft.isActive());
        try {
            regions.saveAndFlush(region);
        } catch (DataIntegrityViolationException e) {
            throw BusinessException.onField("code", "customer.region.code.duplicate", code);
        }
        audit.record(CustomerAudit.REGION_SAVED, "CustomerRegion", region.getId(),
                AuditDetail.of("customer.audit.regionSaved", code, name));
        return region.getId();
    }

    private static String limited(String field, String value, int max) {
        String text = CustomerValidation.trimmed(value);
        if (text != null && text.length() > max) {
            throw BusinessException.onField(field, "customer.text.tooLong", max);
        }
        return text;
    }
}
