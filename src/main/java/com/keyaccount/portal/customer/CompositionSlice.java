package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One slice of a composition: its key (an enum name for grade and nature, the region's or industry's name; null:
 * not set), the number of customers and their sales in the period.
 */
public record CompositionSlice(String key, long customers, BigDecimal sales) implements Serializable {
}
