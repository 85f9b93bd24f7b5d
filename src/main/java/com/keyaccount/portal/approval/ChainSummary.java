package com.keyaccount.portal.approval;

import java.io.Serializable;

/** One request type in the chain editor's list. */
public record ChainSummary(String typeKey, String typeNameKey, int stepCount) implements Serializable {
}
