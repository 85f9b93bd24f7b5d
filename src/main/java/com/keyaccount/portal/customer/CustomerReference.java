package com.keyaccount.portal.customer;

import java.io.Serializable;

/** A customer as other lists and links name it: id, code (null until active), name. */
public record CustomerReference(long id, String code, String name) implements Serializable {

    public static CustomerReference of(Customer customer) {
        return new CustomerReference(customer.getId(), customer.getCode(), customer.getName());
    }
}
