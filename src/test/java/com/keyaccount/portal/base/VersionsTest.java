package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A form's save goes through only when the version the user read is still the stored one. */
class VersionsTest {

    @Test
    void theVersionTheUserReadPasses() {
        assertThatCode(() -> Versions.require(String.class, 7L, 3, 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionIsRefusedNamingTheRecord() {
        assertThatThrownBy(() -> Versions.require(String.class, 7L, 4, 3))
                .isInstanceOfSatisfying(ObjectOptimisticLockingFailureException.class, e -> {
                    assertThat(e.getPersistentClass()).isEqualTo(String.class);
                    assertThat(e.getIdentifier()).isEqualTo(7L);
                });
    }
}
