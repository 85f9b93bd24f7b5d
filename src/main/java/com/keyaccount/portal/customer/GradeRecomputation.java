package com.keyaccount.portal.customer;

/** The outcome of a grade recomputation: how many customers were evaluated and how many changed grade. */
public record GradeRecomputation(int customers, int changed) {
}
