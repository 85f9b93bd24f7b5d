package com.keyaccount.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The bar above a view's content: filters on the left, actions on the right; wraps on narrow screens. */
public class ViewToolbar extends HorizontalLayout {

    private final HorizontalLayout filters = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();

    public ViewToolbar() {
        addClassName("view-toolbar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.END);
        setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.END);
        Div spacer = new Div();
        add(filters, spacer);
        setFlexGrow(1, spacer);
        add(actions);
    }

    public ViewToolbar withFilters(Component... components) {
        filters.add(components);
        return this;
    }

    public ViewToolbar withActions(Component... components) {
        actions.add(components);
        return this;
    }
}
