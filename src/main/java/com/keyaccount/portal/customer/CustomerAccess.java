package com.keyaccount.portal.customer;

import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.customer.CustomerAccessRules.ArchiveFacts;
import com.keyaccount.portal.customer.CustomerAccessRules.Viewer;
import com.keyaccount.portal.org.EmployeeReference;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies {@link CustomerAccessRules} to one archive for the signed-in person, from the cached org tree. The customer
 * services call it before they show or change anything of an archive; a refused opening is audited in a transaction
 * of its own and refused with a message, whoever hid the button.
 */
@Component
class CustomerAccess {

    private final OrgQueries org;
    private final CurrentUser currentUser;
    private final AuditService audit;

    CustomerAccess(OrgQueries org, CurrentUser currentUser, AuditService audit) {
        this.org = org;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    Viewer viewer() {
        long me = currentUser.require().employeeId();
        return new Viewer(me, org.officesOf(me));
    }

    ArchiveFacts factsOf(Customer customer) {
        Set<Long> managers = new HashSet<>();
        org.managerChain(customer.getOwnerEmployeeId()).stream().map(EmployeeReference::id).forEach(managers::add);
        for (Long coOwner : customer.getCoOwnerIds()) {
            org.managerChain(coOwner).stream().map(EmployeeReference::id).forEach(managers::add);
        }
        return new ArchiveFacts(customer.getConfidentiality(), customer.getOwnerEmployeeId(),
                Set.copyOf(customer.getCoOwnerIds()), managers, Set.copyOf(org.headsFrom(customer.getDepartmentId())));
    }

    /** What the matrix needs of one directory line, read with the line instead of loading the archive. */
    record Line(long id, Confidentiality level, long ownerId, long departmentId, Set<Long> coOwnerIds) {
    }

    /**
     * The lines of a directory page the signed-in person may open: the viewer is resolved once and each owner's
     * manager chain and each department's heads once per call, from the cached org tree.
     */
    Set<Long> openable(Collection<Line> lines) {
        Viewer viewer = viewer();
        Set<Long> openable = new HashSet<>();
        Map<Long, List<Long>> chains = new HashMap<>();
        Map<Long, Set<Long>> heads = new HashMap<>();
        for (Line line : lines) {
            Set<Long> managers = new HashSet<>(chainOf(line.ownerId(), chains));
            line.coOwnerIds().forEach(coOwner -> managers.addAll(chainOf(coOwner, chains)));
            Set<Long> departmentHeads = heads.computeIfAbsent(line.departmentId(),
                    department -> Set.copyOf(org.headsFrom(department)));
            ArchiveFacts facts = new ArchiveFacts(line.level(), line.ownerId(), line.coOwnerIds(), managers,
                    departmentHeads);
            if (CustomerAccessRules.mayOpen(facts, viewer)) {
                openable.add(line.id());
            }
        }
        return openable;
    }

    private List<Long> chainOf(long employeeId, Map<Long, List<Long>> chains) {
        return chains.computeIfAbsent(employeeId,
                id -> org.managerChain(id).stream().map(EmployeeReference::id).toList());
    }

    /** What the signed-in person may do with the archive. */
    CustomerPermissions permissionsOn(Customer customer) {
        ArchiveFacts facts = factsOf(customer);
        Viewer viewer = viewer();
        boolean open = CustomerAccessRules.mayOpen(facts, viewer);
        boolean supervises = CustomerAccessRules.supervises(facts, viewer);
        boolean staff = customer.isOwnedOrCoOwnedBy(viewer.employeeId());
        boolean edit = open && customer.getStatus() != CustomerStatus.DEREGISTERED
                && (supervises || staff && customer.getStatus().editableByOwner());
        return new CustomerPermissions(open, edit, open && supervises);
    }

    /**
     * Refuses (and audits the refusal) unless the signed-in person may open the archive; returns what they may do
     * with it, so callers need not work out the matrix a second time.
     */
    CustomerPermissions requireOpen(Customer customer) {
        CustomerPermissions permissions = permissionsOn(customer);
        if (!permissions.open()) {
            audit.recordRefusal(CustomerAudit.OPEN_REFUSED, CustomerAudit.ENTITY, customer.getId(),
                    AuditDetail.of("customer.audit.openRefused", customer.getName(),
                            "#customer.confidentiality." + customer.getConfidentiality().name()));
            throw new BusinessException("customer.archive.closed");
        }
        return permissions;
    }

    /** Refuses unless the signed-in person may change the archive (and its contacts, follow-ups, contracts). */
    void requireEdit(Customer customer) {
        if (!requireOpen(customer).edit()) {
            throw new BusinessException(customer.getStatus() == CustomerStatus.DEREGISTERED
                    ? "customer.archive.deregistered"
                    : customer.getStatus().editableByOwner() ? "customer.archive.notStaff" : "customer.archive.ended");
        }
    }

    /** Refuses unless the signed-in person supervises the archive's staff (owner changes, overrides, ended trade). */
    void requireSupervisor(Customer customer) {
        if (!requireOpen(customer).supervise()) {
            throw new BusinessException("customer.archive.notSupervisor");
        }
    }
}
