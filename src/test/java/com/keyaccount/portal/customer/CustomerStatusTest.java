package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lifecycle's allowed moves (000 选择制度, 名册制度). */
class CustomerStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PROSPECT, SURVEYING, true", "PROSPECT, ACTIVE, false", "PROSPECT, PENDING_APPROVAL, false",
        "SURVEYING, SURVEY_STOPPED, true", "SURVEYING, PENDING_APPROVAL, true", "SURVEYING, CONTRACTING, false",
        "SURVEY_STOPPED, SURVEYING, true", "SURVEY_STOPPED, PENDING_APPROVAL, false",
        "PENDING_APPROVAL, CONTRACTING, true", "PENDING_APPROVAL, SURVEYING, true", "PENDING_APPROVAL, ACTIVE, false",
        "CONTRACTING, ACTIVE, true", "ACTIVE, TERMINATED, true", "ACTIVE, DEREGISTERED, false",
        "TERMINATED, ACTIVE, true", "TERMINATED, DEREGISTERED, true", "DEREGISTERED, ACTIVE, false",
        "DEREGISTERED, PROSPECT, false"
    })
    void moves(CustomerStatus from, CustomerStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @Test
    void endedAndDeregisteredArchivesLeaveTheDefaultDirectoryAndTheirOwnersHands() {
        assertThat(CustomerStatus.TERMINATED.inDefaultDirectory()).isFalse();
        assertThat(CustomerStatus.DEREGISTERED.inDefaultDirectory()).isFalse();
        assertThat(CustomerStatus.ACTIVE.inDefaultDirectory()).isTrue();
        assertThat(CustomerStatus.TERMINATED.editableByOwner()).isFalse();
        assertThat(CustomerStatus.SURVEYING.editableByOwner()).isTrue();
    }

    @Test
    void aDeregisteredArchiveIsFinal() {
        assertThat(CustomerStatus.DEREGISTERED.successors()).isEmpty();
    }
}
