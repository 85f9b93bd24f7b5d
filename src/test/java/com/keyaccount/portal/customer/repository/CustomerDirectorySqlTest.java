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
}
