package com.keyaccount.portal.org;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.base.BusinessException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/** Unique-key violations reported at flush become the field errors the up-front checks give. */
class UniqueKeysTest {

    private static final Map<String, String> VALUES = Map.of("employeeNo", "HD0004", "code", "KA1",
            "username", "zhangwei");

    @Test
    void mariaDbsDuplicateEntryMapsByKeyName() {
        assertField(violation("(conn=12) Duplicate entry 'zhangwei' for key 'uk_user_account_username'", null),
                "username", "account.usernameTaken", "zhangwei");
    }

    @Test
    void h2sUniqueIndexViolationMapsByIndexName() {
        assertField(violation("Unique index or primary key violation: \"PUBLIC.UK_EMPLOYEE_NO_INDEX_4 ON "
                + "PUBLIC.EMPLOYEE(EMPLOYEE_NO NULLS FIRST) VALUES ( /* 21 */ 'HD0004' )\"", null),
                "employeeNo", "employee.numberTaken", "HD0004");
    }

    @Test
    void hibernatesConstraintNameIsUsedWhenTheMessageLacksIt() {
        assertField(violation("could not execute statement", "uk_department_code"), "code", "department.codeTaken",
                "KA1");
    }

    @Test
    void otherConstraintsStayTheOriginalError() {
        DataIntegrityViolationException foreignKey = violation("Cannot delete or update a parent row: "
                + "fk_employee_department", null);
        assertThat(UniqueKeys.toFieldError(foreignKey, VALUES)).isSameAs(foreignKey);
    }

    private static void assertField(DataIntegrityViolationException violation, String field, String key,
            String value) {
        RuntimeException mapped = UniqueKeys.toFieldError(violation, VALUES);
        assertThat(mapped).isInstanceOfSatisfying(BusinessException.class, error -> {
            assertThat(error.field()).contains(field);
            assertThat(error.messageKey()).isEqualTo(key);
            assertThat(error.arguments()).containsExactly(value);
        });
    }

    private static DataIntegrityViolationException violation(String sqlMessage, String constraintName) {
        var sql = new SQLIntegrityConstraintViolationException(sqlMessage);
        return new DataIntegrityViolationException("could not execute statement",
                new ConstraintViolationException("could not execute statement", sql, constraintName));
    }
}
