package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.AbstractIntegrationTest;
import com.keyaccount.portal.DemoUsers;
import com.keyaccount.portal.base.BusinessException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Saved filters: kept per person, restored as saved, replaced by name, deleted only by their owner. */
class SavedFilterIT extends AbstractIntegrationTest {

    @Autowired
    SavedFilterService filters;
    @Autowired
    DemoUsers demo;

    @Test
    void aSavedFilterComesBackAsSavedAndOnlyForItsOwner() {
        String name = "A1 重庆 " + System.nanoTime() % 100000;
        CustomerFilter filter = new CustomerFilter("chongqing", Set.of(Grade.A1, Grade.A2), Rating.AA, Set.of(3L),
                Set.of(CustomerStatus.ACTIVE), CustomerNature.DISTRIBUTOR, BusinessType.AGREEMENT, 4L, 2L, true);
        long id = demo.as("wufang", () -> filters.save(name, filter));
        assertThat(demo.as("wufang", filters::findMine)).contains(new SavedFilterSummary(id, name, filter));
        assertThat(demo.as("zhoujie", filters::findMine)).extracting(SavedFilterSummary::id).doesNotContain(id);
        assertThatThrownBy(() -> demo.run("zhoujie", () -> filters.delete(id)))
                .isInstanceOf(BusinessException.class).hasMessage("customer.savedFilter.notFound");
        demo.run("wufang", () -> filters.delete(id));
        assertThat(demo.as("wufang", filters::findMine)).extracting(SavedFilterSummary::id).doesNotContain(id);
    }

    @Test
    void savingUnderTheSameNameReplacesTheFilter() {
        String name = "我的客户 " + System.nanoTime() % 100000;
        long first = demo.as("wufang", () -> filters.save(name, CustomerFilter.defaults()));
        long second = demo.as("wufang", () -> filters.save(" " + name + " ", CustomerFilter.defaults().withText("hw")));
        assertThat(second).isEqualTo(first);
        assertThat(demo.as("wufang", filters::findMine)).filteredOn(f -> f.id() == first)
                .extracting(f -> f.filter().text()).containsExactly("hw");
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> demo.run("wufang", () -> filters.save("  ", CustomerFilter.defaults())))
                .isInstanceOf(BusinessException.class).hasMessage("customer.savedFilter.name.invalid");
    }
}
