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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The portal's shell: a drawer with the menu entries the signed-in person may open, grouped per module, and a
 * header with their name and department, what modules add ({@link HeaderItem}, e.g. the notification bell), the
 * language switch and logout.
 *
 * <p>Menu convention: Vaadin lists the views whose {@code @RolesAllowed} permission the person holds; a view's
 * {@code @Menu(order = module × 100 + n)} places it in its module's group ({@link MenuGroup}) at place {@code n}:
 * 0xx workbench (top, no heading), 1xx 客户 customer, 2xx 开发 development, 3xx 考核 appraisal, 9xx 系统管理 system
 * administration. Leave gaps of ten so entries can be inserted later. A group nobody may open an entry of is not
 * shown. Each entry also lights for its nested routes ({@code customers/123} lights {@code customers}), and a
 * {@link MenuBadge} bean puts a count on an entry.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final Logger log = LoggerFactory.getLogger(MainLayout.class);

    final H1 viewTitle = new H1();
    final DrawerToggle drawerToggle = new DrawerToggle();
    final Map<MenuGroup, SideNav> groups = new EnumMap<>(MenuGroup.class);
    final Map<String, SideNavItem> items = new LinkedHashMap<>();
    final Select<Locale> language = new Select<>();
    final Button logout;

    private final List<MenuBadge> badges;
    private final Map<Class<? extends Component>, SideNavItem> itemsByView = new LinkedHashMap<>();

    MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
            ObjectProvider<MenuBadge> badges, ObjectProvider<HeaderItem> headerItems) {
        this.badges = badges.orderedStream().toList();
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("shell.drawer")));

        Span brandMark = new Span(getTranslation("app.shortName"));
        brandMark.addClassName("brand-mark");
        Div brand = new Div(brandMark, new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        Div menu = new Div();
        menu.addClassName("menu");
        buildMenu(menu);
        addToDrawer(brand, new Scroller(menu));

        viewTitle.addClassName("view-title");
        drawerToggle.setAriaLabel(getTranslation("shell.drawerToggle"));
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

        HorizontalLayout header = new HorizontalLayout(drawerToggle, viewTitle);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("shell-header");
        header.setWidthFull();
        Div spacer = new Div();
        header.add(spacer);
        header.setFlexGrow(1, spacer);
        currentUser.get().ifPresent(user -> header.add(userBadge(user)));
        headerItems.orderedStream().forEach(item -> header.add(item.create()));
        header.add(language, logout);
        addToNavbar(header);
    }

    private void buildMenu(Div menu) {
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries().stream()
                .sorted(Comparator.comparingDouble(MenuEntry::order)).toList();
        for (MenuEntry entry : entries) {
            MenuGroup group = MenuGroup.of(entry.order()).orElseThrow(() -> new IllegalStateException(
                    entry.menuClass().getSimpleName() + ": @Menu order " + entry.order() + " names no menu group"));
            SideNav nav = groups.computeIfAbsent(group, this::groupNav);
            String path = strip(entry.path());
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            // the workbench at "" would otherwise light for every address
            item.setMatchNested(!path.isEmpty());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
            items.put(path, item);
            itemsByView.put(entry.menuClass(), item);
        }
        // groups in drawer order, not in the order their first entry came
        groups.values().forEach(menu::add);
    }

    private SideNav groupNav(MenuGroup group) {
        SideNav nav = new SideNav();
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("shell.menuToggle")));
        group.labelKey().ifPresent(key -> {
            nav.setLabel(getTranslation(key));
            nav.setCollapsible(true);
            nav.setExpanded(true);
        });
        nav.addClassName("menu-group");
        return nav;
    }

    /** The entry that lights for an address: the one with the longest path equal to it or above it. */
    Optional<SideNavItem> entryFor(String location) {
        String address = strip(location);
        return items.entrySet().stream()
                .filter(item -> address.equals(item.getKey())
                        || !item.getKey().isEmpty() && address.startsWith(item.getKey() + "/"))
                .max(Comparator.comparingInt(item -> item.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private void refreshBadges() {
        for (MenuBadge badge : badges) {
            SideNavItem item = itemsByView.get(badge.view());
            if (item == null) {
                continue;
            }
            long count = countOf(badge);
            if (count > 0) {
                Span number = new Span(Long.toString(count));
                number.addClassName("menu-badge");
                number.getElement().setAttribute("aria-label", getTranslation("shell.badge", count));
                item.setSuffixComponent(number);
            } else {
                item.setSuffixComponent(null);
            }
        }
    }

    /** A failing count must not take the whole shell down: the entry just shows no number. */
    private long countOf(MenuBadge badge) {
        try {
            return badge.count();
        } catch (RuntimeException e) {
            log.error("Menu badge {} failed", badge.getClass().getName(), e);
            return 0;
        }
    }

    private static String strip(String path) {
        String stripped = path == null ? "" : path;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
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

    /**
     * Something a module puts in the header before the language switch, e.g. the notification bell: a Spring bean
     * in the module's {@code ui} package creating the component once per shell.
     */
    public interface HeaderItem {

        Component create();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        // a collapsed group opens again when one of its entries (or a page below one) is shown
        entryFor(event.getLocation().getPath()).ifPresent(item -> groups.values().stream()
                .filter(nav -> nav.getItems().contains(item)).forEach(nav -> nav.setExpanded(true)));
        refreshBadges();
    }
}
