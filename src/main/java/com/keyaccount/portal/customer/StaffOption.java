package com.keyaccount.portal.customer;

import java.io.Serializable;

/** Someone a follow-up may name as its staff: the archive's owner, a co-owner, or the person recording it. */
public record StaffOption(long id, String name) implements Serializable {
}
