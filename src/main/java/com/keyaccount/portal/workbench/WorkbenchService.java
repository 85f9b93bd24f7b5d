package com.keyaccount.portal.workbench;

import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Collects the {@link WorkbenchCard}s for the signed-in person: in {@code @Order}, those they may see, each
 * isolated. Not transactional on purpose: every card runs in its own transaction, so a failing one cannot mark a
 * shared transaction rollback-only.
 */
@Service
public class WorkbenchService {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchService.class);

    private final ObjectProvider<WorkbenchCard> cards;
    private final CurrentUser currentUser;

    WorkbenchService(ObjectProvider<WorkbenchCard> cards, CurrentUser currentUser) {
        this.cards = cards;
        this.currentUser = currentUser;
    }

    /** The cards to show the signed-in person, a failed card as unavailable. */
    @PreAuthorize("isAuthenticated()")
    public List<PreparedCard> myCards() {
        PortalUser user = currentUser.require();
        return cards.orderedStream()
                .filter(card -> card.requiredPermission().map(user::hasPermission).orElse(true))
                .map(card -> prepare(card, user.employeeId()))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<PreparedCard> prepare(WorkbenchCard card, long employeeId) {
        try {
            List<WorkbenchLine> lines = card.linesFor(employeeId);
            return lines.isEmpty() ? Optional.empty() : Optional.of(new PreparedCard(card.titleKey(), lines, false));
        } catch (RuntimeException e) {
            log.error("Workbench card {} failed", card.getClass().getName(), e);
            return Optional.of(new PreparedCard(card.titleKey(), List.of(), true));
        }
    }
}
