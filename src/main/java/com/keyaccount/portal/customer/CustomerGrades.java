package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * A customer's grades in both schemes with what they are computed from: the inputs of the twelve full months
 * {@code from} … {@code to} (inclusive) of the business time {@code zone}, in which times are shown too.
 */
public record CustomerGrades(long customerId, GradeInputs inputs, YearMonth from, YearMonth to, ZoneId zone,
        List<SchemeGrade> schemes) implements Serializable {

    public CustomerGrades {
        schemes = List.copyOf(schemes);
    }

    public SchemeGrade of(GradeScheme scheme) {
        return schemes.stream().filter(grade -> grade.scheme() == scheme).findFirst().orElseThrow();
    }
}
