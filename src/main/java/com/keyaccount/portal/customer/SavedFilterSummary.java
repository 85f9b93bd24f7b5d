package com.keyaccount.portal.customer;

import java.io.Serializable;

/** A saved filter as the directory's menu lists it. */
public record SavedFilterSummary(long id, String name, CustomerFilter filter) implements Serializable {
}
