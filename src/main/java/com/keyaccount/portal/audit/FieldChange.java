package com.keyaccount.portal.audit;

import java.io.Serializable;

/**
 * One changed field of an audited update: {@code field} is the i18n key of the field's label, {@code from} and
 * {@code to} the values as text (null when empty). A value that is itself translatable (an enum, a yes/no) is written
 * as {@code #key} (e.g. {@code #role.ADMIN}), several as {@code #key1,#key2}, and shown in the viewer's language; an
 * ISO date or moment is shown in the viewer's format (see {@link AuditDetail#translated}).
 */
public record FieldChange(String field, String from, String to) implements Serializable {
}
