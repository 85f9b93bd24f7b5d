package com.keyaccount.portal.base;

import java.util.Optional;

/**
 * A refused business operation whose message the user reads: it carries an i18n key (and its arguments)
 * instead of text, and optionally the form field the error belongs to.
 */
public class BusinessException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** An error the form shows on the named field. */
    public static BusinessException onField(String field, String messageKey, Object... arguments) {
        return new BusinessException(field, messageKey, arguments);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
