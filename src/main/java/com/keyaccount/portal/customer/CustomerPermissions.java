package com.keyaccount.portal.customer;

import java.io.Serializable;

/**
 * What the signed-in person may do with one archive (see {@link CustomerAccessRules}): open it, change it, and act
 * as its staff's superior (reassign the owner, override a grade, edit after the trade ended).
 */
public record CustomerPermissions(boolean open, boolean edit, boolean supervise) implements Serializable {
}
