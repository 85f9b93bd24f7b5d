package com.keyaccount.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A count the shell shows on a menu entry, e.g. the tasks waiting in the inbox. A module's {@code ui} package
 * implements it as a Spring bean; the shell asks it again after every navigation and hides a zero.
 */
public interface MenuBadge {

    /** The view whose menu entry carries the count. */
    Class<? extends Component> view();

    /** The count for the signed-in person. */
    long count();
}
