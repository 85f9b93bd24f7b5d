package com.keyaccount.portal.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Paging helpers for grids: a stable order even when the user has not sorted (paging without one repeats rows). */
public final class Pages {

    private Pages() {
    }

    /** The pageable as asked, or with {@code fallback} when it is unsorted; {@code id} is always the last tiebreaker. */
    public static Pageable withDefaultSort(Pageable pageable, Sort fallback) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : fallback;
        if (sort.getOrderFor("id") == null) {
            sort = sort.and(Sort.by("id"));
        }
        return pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort)
                : Pageable.unpaged(sort);
    }
}
