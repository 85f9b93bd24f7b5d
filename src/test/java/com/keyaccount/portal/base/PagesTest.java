package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Grid pages always have a stable order: the user's sort, else the fallback, and the id last. */
class PagesTest {

    private static final Sort BY_NAME = Sort.by("name");

    @Test
    void unsortedPageGetsTheFallbackThenTheId() {
        Pageable page = Pages.withDefaultSort(PageRequest.of(2, 50), BY_NAME);

        assertThat(page.getPageNumber()).isEqualTo(2);
        assertThat(page.getPageSize()).isEqualTo(50);
        assertThat(page.getSort()).isEqualTo(Sort.by("name").and(Sort.by("id")));
    }

    @Test
    void theUsersSortWinsOverTheFallback() {
        Pageable page = Pages.withDefaultSort(PageRequest.of(0, 20, Sort.by(Sort.Direction.DESC, "hireDate")), BY_NAME);

        assertThat(page.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "hireDate").and(Sort.by("id")));
    }

    @Test
    void aSortThatAlreadyEndsOnTheIdIsKept() {
        Sort byIdDescending = Sort.by(Sort.Direction.DESC, "id");

        assertThat(Pages.withDefaultSort(PageRequest.of(0, 20, byIdDescending), BY_NAME).getSort())
                .isEqualTo(byIdDescending);
    }

    @Test
    void unpagedStaysUnpagedButSorted() {
        Pageable page = Pages.withDefaultSort(Pageable.unpaged(), BY_NAME);

        assertThat(page.isPaged()).isFalse();
        assertThat(page.getSort()).isEqualTo(Sort.by("name").and(Sort.by("id")));
    }
}
