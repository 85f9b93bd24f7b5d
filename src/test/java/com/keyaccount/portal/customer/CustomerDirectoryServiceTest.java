package com.keyaccount.portal.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.keyaccount.portal.TestClock;
import com.keyaccount.portal.customer.repository.CustomerDirectoryRepository;
import com.keyaccount.portal.customer.repository.CustomerDirectorySql;
import com.keyaccount.portal.org.OrgQueries;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.PageRequest;

/** The directory's count cap and the plan of a Chinese search, without a database. */
class CustomerDirectoryServiceTest {

    private static final long CAP = CustomerDirectoryService.TEXT_COUNT_CAP;

    private final CustomerDirectoryRepository repository = mock(CustomerDirectoryRepository.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final CustomerDirectoryService service = new CustomerDirectoryService(repository,
            mock(CustomerAccess.class), mock(OrgQueries.class), currentUser,
            new CustomerDirectoryCache(new TestClock()));

    @BeforeEach
    void signedIn() {
        PortalUser me = mock(PortalUser.class);
        when(me.employeeId()).thenReturn(5L);
        when(currentUser.require()).thenReturn(me);
        when(repository.findCoOwners(any())).thenReturn(Map.of());
    }

    private CustomerDirectorySql.Part pageQueryOf(String text) {
        ArgumentCaptor<CustomerDirectorySql.Part> part = ArgumentCaptor.forClass(CustomerDirectorySql.Part.class);
        service.find(CustomerFilter.defaults().withText(text), PageRequest.of(0, 50));
        verify(repository).findLines(part.capture(), anyString(), anyInt(), anyLong());
        return part.getValue();
    }

    @Test
    void aSearchMatchingMoreThanTheCapCountsOnlyUpToIt() {
        when(repository.countLines(any(), eq(CAP + 1))).thenReturn(CAP + 1);
        assertThat(service.count(CustomerFilter.defaults().withText("hw"))).isEqualTo(new DirectoryCount(CAP, true));
    }

    @Test
    void aSearchMatchingUpToTheCapIsCountedExactly() {
        when(repository.countLines(any(), eq(CAP + 1))).thenReturn(CAP);
        assertThat(service.count(CustomerFilter.defaults().withText("hw"))).isEqualTo(new DirectoryCount(CAP, false));
    }

    @Test
    void theDirectoryWithoutTextIsCountedInFullOnceWhileFresh() {
        when(repository.countLines(any())).thenReturn(80_000L);
        assertThat(service.count(CustomerFilter.defaults())).isEqualTo(new DirectoryCount(80_000, false));
        assertThat(service.count(CustomerFilter.defaults())).isEqualTo(new DirectoryCount(80_000, false));
        verify(repository).countLines(any());
        verify(repository, never()).countLines(any(), anyLong());
    }

    @Test
    void aChineseSearchStartsFromItsRarestToken() {
        when(repository.countTokenRows(anyString(), eq(CAP))).thenReturn(CAP);
        when(repository.countTokenRows(eq("沙宏"), eq(CAP))).thenReturn(12L);

        CustomerDirectorySql.Part part = pageQueryOf("长沙宏达");

        assertThat(part.parameters()).containsEntry("startToken", "沙宏").doesNotContainKey("nameTokens");
        assertThat(part.from()).contains("n.token = :startToken");
    }

    @Test
    void aSearchWhoseRarestTokenIsInMostNamesWalksTheSortOrder() {
        when(repository.countTokenRows(anyString(), eq(CAP))).thenReturn(CAP);

        CustomerDirectorySql.Part part = pageQueryOf("重庆");

        assertThat(part.from()).isEqualTo("customer c");
        assertThat(part.where()).contains("c.name like :textContains");
    }

    @Test
    void aSearchBroadByItsTokenIsCountedThroughTheToken() {
        when(repository.countTokenRows(anyString(), eq(CAP))).thenReturn(CAP);
        ArgumentCaptor<CustomerDirectorySql.Part> part = ArgumentCaptor.forClass(CustomerDirectorySql.Part.class);

        service.count(CustomerFilter.defaults().withText("重庆"));

        verify(repository).countLines(part.capture(), eq(CAP + 1));
        assertThat(part.getValue().from()).contains("n.token = :startToken");
        assertThat(part.getValue().parameters()).containsEntry("startToken", "重庆");
    }

    @Test
    void legalFormWordsAloneAreABroadSearchWithoutTokenLookUps() {
        CustomerDirectorySql.Part part = pageQueryOf("有限公司");

        assertThat(part.from()).isEqualTo("customer c");
        assertThat(part.where()).contains("c.name like :textContains");
        verify(repository, never()).countTokenRows(anyString(), anyLong());
        ArgumentCaptor<CustomerDirectorySql.Part> counted = ArgumentCaptor.forClass(CustomerDirectorySql.Part.class);
        service.count(CustomerFilter.defaults().withText("有限公司"));
        verify(repository).countLines(counted.capture(), eq(CAP + 1));
        assertThat(counted.getValue().from()).isEqualTo("customer c");
    }

    @Test
    void pinyinIsLookedUpByPrefixWithoutTokens() {
        CustomerDirectorySql.Part part = pageQueryOf("changsha");

        assertThat(part.from()).contains("s.name_pinyin like :pinyin");
        verify(repository, never()).countTokenRows(anyString(), anyLong());
        assertThat(List.of(part.where())).noneMatch(where -> where.contains("like"));
    }
}
