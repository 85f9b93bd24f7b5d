package com.keyaccount.portal.org;

import com.keyaccount.portal.base.BusinessException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Turns a unique-key violation the database reports at flush — two administrators saving the same number at once,
 * after both passed the up-front check — into the field error the up-front check would have given. Matched by the
 * constraint names of the schema, which H2 and MariaDB both put in the error.
 */
final class UniqueKeys {

    private record Key(String constraint, String field, String messageKey) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("uk_employee_no", "employeeNo", "employee.numberTaken"),
            new Key("uk_department_code", "code", "department.codeTaken"),
            new Key("uk_user_account_username", "username", "account.usernameTaken"));

    private UniqueKeys() {
    }

    /**
     * The field error for the violated key, with the value from {@code valuesByField} as its argument; the
     * original exception when it is not one of these keys.
     */
    static RuntimeException toFieldError(DataIntegrityViolationException violation, Map<String, String> valuesByField) {
        String text = describe(violation);
        for (Key key : KEYS) {
            if (text.contains(key.constraint()) && valuesByField.containsKey(key.field())) {
                return BusinessException.onField(key.field(), key.messageKey(), valuesByField.get(key.field()));
            }
        }
        return violation;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException constraint
                    && constraint.getConstraintName() != null) {
                text.append(constraint.getConstraintName()).append(' ');
            }
            text.append(t.getMessage()).append(' ');
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
