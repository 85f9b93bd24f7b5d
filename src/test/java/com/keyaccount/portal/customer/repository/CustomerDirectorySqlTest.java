package com.keyaccount.portal.customer.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.keyaccount.portal.customer.CustomerFilter;
import com.keyaccount.portal.customer.CustomerStatus;
import com.keyaccount.portal.customer.Grade;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

class CustomerDirectorySqlTest {

    @Test
    void withoutStatusesTheDefaultDirectoryIsShown() {
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults(), Set.of(), 1);
        assertThat(part.from()).isEqualTo("customer c");
        assertThat(part.where()).isEqualTo("c.status in (:statuses)");
        assertThat(part.parameters().get("statuses")).isEqualTo(List.of("ACTIVE", "CONTRACTING", "PENDING_APPROVAL",
                "PROSPECT", "SURVEYING", "SURVEY_STOPPED"));
    }

    @Test
    void pinyinTextIsAPrefixOfPinyinAndInitialsAndCodesAreUpperCase() {
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults().withText("Hua Wei"),
                Set.of(), 1);
        assertThat(part.parameters()).containsEntry("pinyin", "huawei%").containsEntry("textUpper", "HUA WEI%");
        assertThat(part.from()).contains("s.name_pinyin like :pinyin", "s.name_initials like :pinyin",
                "k.mobile like :textPrefix").doesNotContain("s.name like");
    }

    @Test
    void chineseTextIsSearchedInTheNameWithWildcardsEscaped() {
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults().withText("华为_%"),
                Set.of(), 1);
        assertThat(part.parameters()).containsEntry("textContains", "%华为!_!%%").doesNotContainKey("pinyin");
        assertThat(part.from()).contains("s.name like :textContains escape '!'").doesNotContain("name_pinyin");
    }

    @Test
    void legalFormWordsAreLeftToLike() {
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults().withText("华为有限公司"),
                Set.of(), 1);
        assertThat(part.parameters()).containsEntry("nameTokens", List.of("华为", "为有"))
                .containsEntry("textContains", "%华为有限公司%");
    }

    @Test
    void ideographPairsOfTheTextFindTheCandidatesThatLikeConfirms() {
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults().withText("长沙宏达"),
                Set.of(), 1);
        assertThat(part.parameters()).containsEntry("nameTokens", List.of("长沙", "沙宏", "宏达"))
                .containsEntry("nameTokenCount", 3).containsEntry("textContains", "%长沙宏达%");
        assertThat(part.from()).contains("n.token in (:nameTokens) group by n.customer_id having count(*) = "
                + ":nameTokenCount", "where s.name like :textContains escape '!'");
    }

    @Test
    void aTextWithoutAnIdeographPairScansTheNames() {
        for (String text : List.of("华·", "有限公司")) {
            CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults().withText(text),
                    Set.of(), 1);
            assertThat(part.parameters()).doesNotContainKey("nameTokens");
            assertThat(part.from()).contains("select s.id from customer s where s.name like :textContains escape '!'")
                    .doesNotContain("customer_name_token");
        }
    }

    @Test
    void filtersBindValuesAndNeverFunctionsOnColumns() {
        CustomerFilter filter = new CustomerFilter(null, Set.of(Grade.B1, Grade.A1), null, Set.of(7L),
                Set.of(CustomerStatus.TERMINATED), null, null, 5L, 2L, true);
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(filter, Set.of(2L, 3L), 9);
        assertThat(part.where()).isEqualTo("c.status in (:statuses) and c.grade in (:grades) and c.region_id in "
                + "(:regionIds) and c.owner_employee_id = :ownerId and c.department_id in (:departmentIds)");
        assertThat(part.parameters()).containsEntry("grades", List.of("A1", "B1"))
                .containsEntry("departmentIds", List.of(2L, 3L)).containsEntry("me", 9L);
        assertThat(part.from()).contains("customer_co_owner o where o.employee_id = :me");
    }

    @Test
    void sortOrdersEndWithTheIdInTheSameDirection() {
        assertThat(CustomerDirectorySql.orderBy(Sort.unsorted())).isEqualTo("c.name asc, c.id asc");
        assertThat(CustomerDirectorySql.orderBy(Sort.by("grade").descending()))
                .isEqualTo("c.grade desc, c.name desc, c.id desc");
        assertThatThrownBy(() -> CustomerDirectorySql.orderBy(Sort.by("credit_code")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysetPagingStartsAnIndexRangeAtTheLastRowsSortKey() {
        CustomerDirectorySql.Part base = CustomerDirectorySql.where(CustomerFilter.defaults(), Set.of(), 1);
        CustomerDirectorySql.Part part = CustomerDirectorySql.after(base, Sort.by("grade"),
                new CustomerDirectorySql.Position("甲", null, "A1", "ACTIVE", null, 9));
        assertThat(part.where()).isEqualTo("c.status in (:statuses) and (c.grade >= :after0 and (c.grade > :after0 or"
                + " (c.grade = :after0 and (c.name >= :after1 and (c.name > :after1 or (c.name = :after1 and"
                + " c.id > :afterId))))))");
        assertThat(part.parameters()).containsEntry("after0", "A1").containsEntry("after1", "甲")
                .containsEntry("afterId", 9L);
    }

    @Test
    void keysetPagingAfterANullKeyFollowsWhereNullsSort() {
        CustomerDirectorySql.Part base = CustomerDirectorySql.where(CustomerFilter.defaults(), Set.of(), 1);
        CustomerDirectorySql.Position noCode = new CustomerDirectorySql.Position("甲", null, null, "ACTIVE", null, 9);
        // ascending: NULLs first, so every code follows; descending: NULLs last, so only NULLs with a smaller id
        assertThat(CustomerDirectorySql.after(base, Sort.by("code"), noCode).where()).endsWith(
                "and (c.code is not null or (c.code is null and c.id > :afterId))");
        assertThat(CustomerDirectorySql.after(base, Sort.by("code").descending(), noCode).where()).endsWith(
                "and (c.code is null and c.id < :afterId)");
        CustomerDirectorySql.Position code = new CustomerDirectorySql.Position("甲", "KA1", null, "ACTIVE", null, 9);
        assertThat(CustomerDirectorySql.after(base, Sort.by("code").descending(), code).where()).endsWith(
                "and (((c.code < :after0 or c.code is null) or (c.code = :after0 and c.id < :afterId)))");
    }

    @Test
    void aBroadChineseTextIsAConditionOnTheRowsNotAUnionOfIds() {
        CustomerDirectorySql.Part part = CustomerDirectorySql.where(CustomerFilter.defaults().withText("有限公司"),
                Set.of(), 1, new CustomerDirectorySql.TextPlan(null, true));
        assertThat(part.from()).isEqualTo("customer c");
        assertThat(part.where()).contains("c.name like :textContains escape '!'",
                "c.short_name like :textPrefix escape '!'", "k.customer_id = c.id and k.name like :textPrefix");
    }

    @Test
    void theCountKeyDiffersWithEveryBoundValue() {
        CustomerFilter mine = new CustomerFilter(null, Set.of(), null, Set.of(), Set.of(), null, null, null, null,
                true);
        assertThat(CustomerDirectorySql.where(mine, Set.of(), 1).key())
                .isNotEqualTo(CustomerDirectorySql.where(mine, Set.of(), 2).key())
                .isEqualTo(CustomerDirectorySql.where(mine, Set.of(), 1).key());
    }

    @Test
    void countsOnLowCardinalityColumnsNameTheFilterIndex() {
        CustomerFilter gradeAndRegion = new CustomerFilter(null, Set.of(Grade.A1), null, Set.of(7L), Set.of(), null,
                null, null, null, false);
        CustomerFilter gradeOnly = new CustomerFilter(null, Set.of(Grade.A1), null, Set.of(), Set.of(), null, null,
                null, null, false);
        CustomerFilter gradeRegionAndOwner = new CustomerFilter(null, Set.of(Grade.A1), null, Set.of(7L), Set.of(),
                null, null, 5L, null, false);
        for (CustomerFilter filter : List.of(gradeAndRegion, gradeOnly, gradeRegionAndOwner)) {
            CustomerDirectorySql.Part part = CustomerDirectorySql.where(filter, Set.of(), 1);
            assertThat(CustomerDirectorySql.forCount(part, filter).from()).isEqualTo(filter == gradeAndRegion
                    ? "customer c use index (ix_customer_dir_filter)" : "customer c");
            assertThat(CustomerDirectorySql.forCount(part, filter).where()).isEqualTo(part.where());
        }
    }
}
