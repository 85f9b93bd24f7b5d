package com.keyaccount.portal.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every permission a service or view checks, stated once and grouped per module. A person holds the union of the
 * permissions of their roles ({@link Role#permissions()}), granted as role authorities ({@code ROLE_org:manage},
 * see {@link PortalUser#getAuthorities()}): services check them with {@code @PreAuthorize(Permissions.Org.HAS_READ)}
 * ({@code hasRole}), views declare them with {@code @RolesAllowed(Permissions.Org.MANAGE)}, which Vaadin checks through
 * the request's {@code isUserInRole} and also applies to the menu. One authority, one check, in services and views.
 * Each module adds a nested class; {@code PermissionsTest} fails when a permission is granted to no role or checked
 * nowhere.
 */
public final class Permissions {

    /** The organisation: departments and the employee directory. */
    public static final class Org {
        /** Read the organisation: departments and the narrow employee reference (name, number, department). */
        public static final String READ = "org:read";
        /** Create, edit and delete departments. */
        public static final String MANAGE = "org:manage";

        public static final String HAS_READ = "hasRole('" + READ + "')";
        public static final String HAS_MANAGE = "hasRole('" + MANAGE + "')";

        private Org() {
        }
    }

    /** Accounts and personnel data. */
    public static final class Users {
        /** Create and edit employees, their accounts, roles and passwords; read personnel data of others. */
        public static final String MANAGE = "user:manage";

        public static final String HAS_MANAGE = "hasRole('" + MANAGE + "')";

        private Users() {
        }
    }

    /** The audit log. */
    public static final class Audit {
        /** Read the audit log. */
        public static final String READ = "audit:read";

        public static final String HAS_READ = "hasRole('" + READ + "')";

        private Audit() {
        }
    }

    /** Approvals (审批): requests, their steps, and the chain of each request type. */
    public static final class Approval {
        /** Submit requests, decide the steps assigned to oneself, follow one's own requests. */
        public static final String USE = "approval:use";
        /** Edit the chain of steps of each request type. */
        public static final String MANAGE = "approval:manage";

        public static final String HAS_USE = "hasRole('" + USE + "')";
        public static final String HAS_MANAGE = "hasRole('" + MANAGE + "')";

        private Approval() {
        }
    }

    /** The customer directory (客户档案): directory rows, archives, reference data. */
    public static final class Customer {
        /**
         * See the directory rows (客户一览表, 000 名册制度 第三条) and open the archives the confidentiality level allows
         * ({@code CustomerAccessRules}).
         */
        public static final String READ = "customer:read";
        /** Create prospects, edit the archives one may edit, record contacts and follow-ups. */
        public static final String EDIT = "customer:edit";
        /** Maintain the reference data: regions, grade thresholds, the customer-code format. */
        public static final String MANAGE = "customer:manage";
        /** Export the filtered 客户一览表 to XLSX (archive columns only for archives one may open). */
        public static final String EXPORT = "customer:export";
        /** Import customers and their contacts from XLSX. */
        public static final String IMPORT = "customer:import";

        public static final String HAS_READ = "hasRole('" + READ + "')";
        public static final String HAS_EDIT = "hasRole('" + EDIT + "')";
        public static final String HAS_MANAGE = "hasRole('" + MANAGE + "')";
        public static final String HAS_EXPORT = "hasRole('" + EXPORT + "')";
        public static final String HAS_IMPORT = "hasRole('" + IMPORT + "')";

        private Customer() {
        }
    }

    /** Appraisals (考核, 000 大客户经理岗位描述范本): templates, cycles, forms, calibration and their prints. */
    public static final class Appraisal {
        /**
         * Take part in appraisals: see one's own forms (results once final), write the self-assessment, act on a form
         * when it is one's turn (reviewer, related department, approver), see and print what one may see.
         */
        public static final String USE = "appraisal:use";
        /** Create and version templates in the form designer. */
        public static final String DESIGN = "appraisal:design";
        /** Create and open cycles for the departments one heads. */
        public static final String CYCLE = "appraisal:cycle";
        /** Calibrate a cycle: see every form of one's departments side by side and approve many at once. */
        public static final String CALIBRATE = "appraisal:calibrate";

        public static final String HAS_USE = "hasRole('" + USE + "')";
        public static final String HAS_DESIGN = "hasRole('" + DESIGN + "')";
        public static final String HAS_CYCLE = "hasRole('" + CYCLE + "')";
        public static final String HAS_CALIBRATE = "hasRole('" + CALIBRATE + "')";

        private Appraisal() {
        }
    }

    private Permissions() {
    }

    /** The authority that grants a permission: a role authority, so {@code @RolesAllowed} and {@code hasRole} see it. */
    public static String authority(String permission) {
        return "ROLE_" + permission;
    }

    /** Every permission declared in the nested classes (the {@code HAS_} expressions excluded). */
    public static Set<String> all() {
        Set<String> all = new TreeSet<>();
        for (Class<?> module : Permissions.class.getDeclaredClasses()) {
            Arrays.stream(module.getDeclaredFields())
                    .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                    .filter(field -> !field.getName().startsWith("HAS_"))
                    .forEach(field -> all.add(read(field)));
        }
        return all;
    }

    private static String read(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
