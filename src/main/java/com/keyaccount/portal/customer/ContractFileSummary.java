package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.time.Instant;

/** An attachment as the contracts tab lists it (no storage key: downloads go through {@link ContractService}). */
public record ContractFileSummary(long id, String fileName, String contentType, long sizeBytes, String sha256,
        String uploadedBy, Instant uploadedAt) implements Serializable {
}
