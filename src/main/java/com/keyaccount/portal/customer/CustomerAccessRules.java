package com.keyaccount.portal.customer;

import com.keyaccount.portal.org.Office;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who opens an archive without a request (004 第三章 一, 密級管理): the one visibility matrix of the portal.
 * <table>
 * <tr><th>level</th><th>may open</th></tr>
 * <tr><td>个人级</td><td>the owner and co-responsible staff; their managers up the org tree; 营销总监, 营销副总经理,
 * 总经理</td></tr>
 * <tr><td>部门级</td><td>the owner and co-responsible staff; the owning department's 部门经理 and the heads above;
 * 营销总监, 营销副总经理, 总经理</td></tr>
 * <tr><td>公司级</td><td>the owner; 营销总监 (who keeps it), 营销副总经理, 总经理</td></tr>
 * </table>
 * The source names readers only for 公司级 and leaves the rest as gaps (RULES.md §4.1); the rows above are the
 * issue's reading. Everyone else sees only the directory row (客户一览表, 000 名册制度 第三条); approved, time-limited
 * access (查閱檔案審批表, 004 第三章 三) is a later issue's. Holding no office and no relation, the system
 * administrator opens nothing.
 */
public final class CustomerAccessRules {

    /** The offices that read archives of every level (004 第三章 一: 營銷總監, 營銷副總經理, 總經理). */
    public static final Set<Office> READER_OFFICES =
            EnumSet.of(Office.MARKETING_DIRECTOR, Office.DEPUTY_GM_MARKETING, Office.GENERAL_MANAGER);

    /**
     * What the matrix needs to know of one archive.
     *
     * @param ownerManagers   the managers up the tree of the owner and of every co-responsible person
     * @param departmentHeads the heads of the owning department and of every department above it
     */
    public record ArchiveFacts(Confidentiality level, long ownerId, Set<Long> coOwnerIds, Set<Long> ownerManagers,
            Set<Long> departmentHeads) {
    }

    /** The person asking, with the offices they hold. */
    public record Viewer(long employeeId, Set<Office> offices) {
    }

    private CustomerAccessRules() {
    }

    public static boolean mayOpen(ArchiveFacts archive, Viewer viewer) {
        long me = viewer.employeeId();
        if (archive.ownerId() == me || holdsReaderOffice(viewer)) {
            return true;
        }
        return switch (archive.level()) {
            case COMPANY -> false;
            case DEPARTMENT -> archive.coOwnerIds().contains(me) || archive.departmentHeads().contains(me);
            case PERSONAL -> archive.coOwnerIds().contains(me) || archive.ownerManagers().contains(me);
        };
    }

    /**
     * Whether the viewer stands above the archive's staff: a manager of the owner or a co-owner, a head of the owning
     * department or above, or a reader office. Such a person may reassign the owner, override grades and edit an
     * archive whose trade has ended (名册制度 第九条: ended archives are read-only for their staff).
     */
    public static boolean supervises(ArchiveFacts archive, Viewer viewer) {
        long me = viewer.employeeId();
        return archive.ownerManagers().contains(me) || archive.departmentHeads().contains(me)
                || holdsReaderOffice(viewer);
    }

    private static boolean holdsReaderOffice(Viewer viewer) {
        return viewer.offices().stream().anyMatch(READER_OFFICES::contains);
    }
}
