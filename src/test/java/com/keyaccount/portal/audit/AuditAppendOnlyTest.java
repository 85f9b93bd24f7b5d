package com.keyaccount.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.audit.repository.AuditEventRepository;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;

/** The audit log has no update or delete path: not in its repository, not in its entity. */
class AuditAppendOnlyTest {

    @Test
    void theRepositoryOffersNoWayToChangeOrDeleteRows() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"))
                .contains("save", "search");
    }

    @Test
    void theEntityIsImmutableAndHasNoSetters() {
        assertThat(AuditEvent.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }
}
