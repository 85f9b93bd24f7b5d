package com.keyaccount.portal.printing;

/**
 * One bar of the statement's level distribution chart: the level's label and how many scored forms have it. Public
 * with getters only for JasperReports' bean data source.
 */
public final class DistributionBar {

    private final String label;
    private final Long count;

    DistributionBar(String label, long count) {
        this.label = label;
        this.count = count;
    }

    public String getLabel() {
        return label;
    }

    public Long getCount() {
        return count;
    }
}
