package com.keyaccount.portal.customer;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A contract as the contracts tab lists it, with its attachments. */
public record ContractSummary(long id, long version, ContractKind kind, String contractNo, LocalDate signedOn,
        LocalDate startsOn, LocalDate endsOn, BigDecimal amount, String ourSigner, String theirSigner, String remarks,
        List<ContractFileSummary> files) implements Serializable {
}
