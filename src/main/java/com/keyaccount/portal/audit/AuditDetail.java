package com.keyaccount.portal.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What an audit row says, stored language-neutral and rendered in the viewer's language: a message key
 * ({@code audit.detail.*}) with its arguments, plus the changed fields of an update. An argument written as
 * {@code #key} is translated when shown (see {@link FieldChange}).
 */
public record AuditDetail(String key, List<String> args, List<FieldChange> changes) implements Serializable {

    /** The key of rows written before details were structured: their plain text is the only argument. */
    public static final String LEGACY_TEXT = "audit.detail.text";

    public AuditDetail {
        args = List.copyOf(args);
        changes = List.copyOf(changes);
    }

    /** A message without field changes; arguments become text ({@code null} as the empty string). */
    public static AuditDetail of(String key, Object... args) {
        List<String> text = new ArrayList<>(args.length);
        for (Object arg : args) {
            text.add(arg == null ? "" : arg.toString());
        }
        return new AuditDetail(key, text, List.of());
    }

    /** No detail at all (a login, a logout). */
    public static AuditDetail none() {
        return new AuditDetail(null, List.of(), List.of());
    }

    public boolean isEmpty() {
        return key == null && changes.isEmpty();
    }

    /** An argument or value shown translated: {@code translated("common.yes")} is {@code #common.yes}. */
    public static String translated(String key) {
        return "#" + key;
    }

    /** An enum value shown translated ({@code #education.BACHELOR} for prefix {@code education.}), or null. */
    public static String translated(String prefix, Enum<?> value) {
        return value == null ? null : translated(prefix + value.name());
    }

    /** Several enum values shown translated as one list ({@code #role.EMPLOYEE,#role.ADMIN}), in declaration order. */
    public static String translated(String prefix, Collection<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparingInt(Enum::ordinal))
                .map(value -> translated(prefix, value)).collect(Collectors.joining(","));
    }

    public AuditDetail withChanges(List<FieldChange> fieldChanges) {
        return new AuditDetail(key, args, fieldChanges);
    }

    /** Collects the fields an update changed; unchanged fields are left out, so an empty result means "no row". */
    public static final class Changes {

        private final List<FieldChange> changes = new ArrayList<>();

        public Changes field(String labelKey, Object before, Object after) {
            String from = before == null ? null : before.toString();
            String to = after == null ? null : after.toString();
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(labelKey, from, to));
            }
            return this;
        }

        public boolean isEmpty() {
            return changes.isEmpty();
        }

        public List<FieldChange> list() {
            return List.copyOf(changes);
        }
    }
}
