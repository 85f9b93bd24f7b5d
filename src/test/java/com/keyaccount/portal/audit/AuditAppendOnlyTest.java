package com.keyaccount.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.audit.repository.AuditEventRepository;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

/**
 * The audit log has no update or delete path: not in its repository (not by name, not by a {@code @Modifying} query),
 * not in its entity. Production adds the database grant (README: SELECT and INSERT only).
 */
class AuditAppendOnlyTest {

    @Test
    void theRepositoryOffersNoWayToChangeOrDeleteRows() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEventRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEventRepository.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"))
                .contains("save", "search");
    }

    @Test
    void theRepositoryDeclaresNoModifyingQuery() {
        assertThat(AuditEventRepository.class.getDeclaredMethods())
                .noneMatch(method -> method.isAnnotationPresent(Modifying.class))
                .filteredOn(method -> method.isAnnotationPresent(Query.class))
                .allSatisfy(method -> assertThat(method.getAnnotation(Query.class).value().strip().toLowerCase())
                        .startsWith("select"));
    }

    @Test
    void theEntityIsImmutableAndHasNoSetters() {
        assertThat(AuditEvent.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }
}
