package com.keyaccount.portal.inbox.ui;

import com.keyaccount.portal.base.ui.MenuBadge;
import com.keyaccount.portal.inbox.InboxService;
import com.vaadin.flow.component.Component;

/** The number of tasks waiting for the signed-in person, on the inbox's menu entry. */
@org.springframework.stereotype.Component
class InboxMenuBadge implements MenuBadge {

    private final InboxService inbox;

    InboxMenuBadge(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public Class<? extends Component> view() {
        return InboxView.class;
    }

    @Override
    public long count() {
        return inbox.myCount();
    }
}
