package com.keyaccount.portal.base.ui;

import com.keyaccount.portal.security.AccountService;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The portal's shell: a drawer with the menu entries the signed-in person's roles may open, and a header with
 * their name and department, the language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final H1 viewTitle = new H1();
    final SideNav nav = new SideNav();
    final Select<Locale> language = new Select<>();
    final Button logout;

    MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Span brandMark = new Span(getTranslation("app.shortName"));
        brandMark.addClassName("brand-mark");
        Div brand = new Div(brandMark, new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        buildMenu();
        Scroller scroller = new Scroller(nav);
        addToDrawer(brand, scroller);

        viewTitle.addClassName("view-title");
        language.setItems(PortalI18NProvider.LOCALES);
        language.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        language.setValue(PortalI18NProvider.supported(getLocale()));
        language.setAriaLabel(getTranslation("shell.language"));
        language.addClassName("language-select");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                switchLanguage(accounts, event.getValue());
            }
        });

        logout = new Button(getTranslation("shell.logout"), new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClassName("logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("shell-header");
        header.setWidthFull();
        Div spacer = new Div();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        currentUser.get().ifPresent(user -> header.add(userBadge(user)));
        header.add(language, logout);
        addToNavbar(header);
    }

    private void buildMenu() {
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
    }

    private Component userBadge(PortalUser user) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_SMALL);
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span department = new Span(user.departmentName());
        department.addClassName("user-department");
        Div text = new Div(name, department);
        text.addClassName("user-text");
        HorizontalLayout badge = new HorizontalLayout(avatar, text);
        badge.setAlignItems(FlexComponent.Alignment.CENTER);
        badge.addClassName("user-badge");
        return badge;
    }

    private void switchLanguage(AccountService accounts, Locale locale) {
        accounts.changeOwnLocale(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }
}
