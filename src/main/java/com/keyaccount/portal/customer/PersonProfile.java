package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.Period;

/**
 * The profile the 法人客户信息资料表 (002 八) keeps of a manager (经营管理者; 004 第二章 一: 個人性格、嗜好、家庭、學歷、年齡、能力):
 * the age is computed from the birth date, never stored.
 */
public record PersonProfile(String name, String title, LocalDate birthDate, String personality, String interests,
        String education, String abilities, String family) implements Serializable {

    /** Full years on {@code day}; null without a birth date. */
    public Integer ageOn(LocalDate day) {
        return age(birthDate, day);
    }

    static Integer age(LocalDate birthDate, LocalDate day) {
        return birthDate == null || birthDate.isAfter(day) ? null : Period.between(birthDate, day).getYears();
    }
}
