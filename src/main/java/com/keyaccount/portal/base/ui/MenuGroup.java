package com.keyaccount.portal.base.ui;

import java.util.Arrays;
import java.util.Optional;

/**
 * The drawer's groups, one per module, in drawer order. A view's {@code @Menu(order = module × 100 + n)} puts it in
 * the group of its hundred and at place {@code n} within it (see {@link MainLayout}); the personal entries of the
 * workbench come first, without a heading.
 */
public enum MenuGroup {
    /** 0xx: 我的工作台, 待我审批, 修改密码. */
    WORKBENCH(0, null),
    /** 1xx: the customer directory. */
    CUSTOMER(1, "menu.group.customer"),
    /** 2xx: development work (daily reports). */
    DEVELOPMENT(2, "menu.group.development"),
    /** 3xx: appraisals. */
    APPRAISAL(3, "menu.group.appraisal"),
    /** 9xx: departments, employees, audit log. */
    SYSTEM(9, "menu.group.system");

    private final int hundred;
    private final String labelKey;

    MenuGroup(int hundred, String labelKey) {
        this.hundred = hundred;
        this.labelKey = labelKey;
    }

    /** The heading's message key; empty for the workbench entries, which stand at the top without one. */
    public Optional<String> labelKey() {
        return Optional.ofNullable(labelKey);
    }

    /** The group a menu order belongs to, or empty when its hundred names no module. */
    public static Optional<MenuGroup> of(double order) {
        int hundred = (int) Math.floor(order / 100);
        return Arrays.stream(values()).filter(group -> group.hundred == hundred).findFirst();
    }
}
