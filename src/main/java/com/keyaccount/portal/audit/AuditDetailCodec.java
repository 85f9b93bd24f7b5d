package com.keyaccount.portal.audit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an {@link AuditDetail} in the columns {@code detail_key}, {@code detail_args} and {@code detail_changes}
 * (JSON text, portable between H2 and MySQL). Values are cut to {@value #MAX_VALUE} characters and changes that would
 * overflow their column are dropped from the end: an audit row must never make the audited change fail.
 */
final class AuditDetailCodec {

    static final int MAX_KEY = 100;
    static final int MAX_ARGS = 2000;
    static final int MAX_CHANGES = 8000;
    static final int MAX_VALUE = 300;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> ARGS = new TypeReference<>() {
    };
    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private AuditDetailCodec() {
    }

    static String key(AuditDetail detail) {
        return detail.key() == null ? null : cut(detail.key(), MAX_KEY);
    }

    static String args(AuditDetail detail) {
        List<String> args = new ArrayList<>(detail.args().stream().map(arg -> cut(arg, MAX_VALUE)).toList());
        String json = JSON.writeValueAsString(args);
        while (json.length() > MAX_ARGS) {
            args.removeLast();
            json = JSON.writeValueAsString(args);
        }
        return args.isEmpty() ? null : json;
    }

    static String changes(AuditDetail detail) {
        List<FieldChange> changes = new ArrayList<>(detail.changes().stream()
                .map(change -> new FieldChange(change.field(), cut(change.from(), MAX_VALUE),
                        cut(change.to(), MAX_VALUE)))
                .toList());
        String json = JSON.writeValueAsString(changes);
        while (json.length() > MAX_CHANGES) {
            changes.removeLast();
            json = JSON.writeValueAsString(changes);
        }
        return changes.isEmpty() ? null : json;
    }

    /** The stored detail; a row from before audit v2 shows its plain text through {@link AuditDetail#LEGACY_TEXT}. */
    static AuditDetail read(String key, String args, String changes, String legacyText) {
        if (key == null && changes == null) {
            return legacyText == null ? AuditDetail.none() : AuditDetail.of(AuditDetail.LEGACY_TEXT, legacyText);
        }
        return new AuditDetail(key, args == null ? List.of() : JSON.readValue(args, ARGS),
                changes == null ? List.of() : JSON.readValue(changes, CHANGES));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
