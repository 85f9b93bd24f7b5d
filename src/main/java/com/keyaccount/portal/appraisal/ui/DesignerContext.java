package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every editor of the form designer shares: the draft, whether it may be edited (an older version is shown
 * read-only), the fields that write straight into the draft, and the "默认值 / default" badges, refreshed on every
 * change. Structural changes (adding, removing, moving) rebuild the editors through {@code rebuild}.
 */
final class DesignerContext {

    final TemplateDraft draft;
    final boolean readOnly;
    /** The items shown unfolded; kept when the editors are rebuilt. */
    final Set<ItemDraft> unfolded = new HashSet<>();
    private final Runnable onChange;
    private final Runnable rebuild;
    private final List<Runnable> refreshers = new ArrayList<>();

    DesignerContext(TemplateDraft draft, boolean readOnly, Runnable onChange, Runnable rebuild) {
        this.draft = draft;
        this.readOnly = readOnly;
        this.onChange = onChange;
        this.rebuild = rebuild;
    }

    String getTranslation(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** The wording in the UI's language: Chinese for a Chinese UI, else English. */
    String inLocale(Wording wording) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(UI.getCurrent().getLocale().getLanguage());
        return chinese ? wording.zh : wording.en;
    }

    /** A value changed: badges follow, then the problem list. */
    void changed() {
        refreshers.forEach(Runnable::run);
        onChange.run();
    }

    /** The structure changed: the editors are built again from the draft. */
    void rebuild() {
        rebuild.run();
    }

    /** Forgets the badges and summaries of editors about to be replaced. */
    void clearRefreshers() {
        refreshers.clear();
    }

    /** The two fields of a name: Chinese as printed, and its English translation. */
    HorizontalLayout wording(String labelKey, Wording wording) {
        String label = getTranslation(labelKey);
        TextField zh = text(getTranslation("appraisal.designer.inChinese", label), () -> wording.zh,
                value -> wording.zh = value);
        TextField en = text(getTranslation("appraisal.designer.inEnglish", label), () -> wording.en,
                value -> wording.en = value);
        HorizontalLayout row = new HorizontalLayout(zh, en);
        row.addClassName("designer-wording");
        return row;
    }

    TextField text(String label, Supplier<String> get, Consumer<String> set) {
        return bound(new TextField(label), get.get() == null ? "" : get.get(), set);
    }

    BigDecimalField decimal(String label, Supplier<BigDecimal> get, Consumer<BigDecimal> set) {
        BigDecimalField field = bound(new BigDecimalField(label), get.get(), set);
        field.setWidth("8em");
        return field;
    }

    IntegerField whole(String label, Supplier<Integer> get, Consumer<Integer> set) {
        IntegerField field = bound(new IntegerField(label), get.get(), set);
        field.setWidth("7em");
        return field;
    }

    /** The field shows {@code value}, is read-only on an old version, and writes every change to the draft. */
    private <V, F extends AbstractField<?, V>> F bound(F field, V value, Consumer<V> set) {
        field.setValue(value);
        field.setReadOnly(readOnly);
        field.addValueChangeListener(event -> {
            set.accept(event.getValue());
            changed();
        });
        return field;
    }

    /** "默认值 / default", shown while {@code isDefault} holds (the portal chose the value; the source lost it). */
    Span defaultBadge(BooleanSupplier isDefault) {
        Span badge = new Span(getTranslation("appraisal.designer.defaultBadge"));
        badge.getElement().getThemeList().add("badge contrast small");
        badge.setTitle(getTranslation("appraisal.designer.defaultHint"));
        badge.addClassName("default-badge");
        onRefresh(() -> badge.setVisible(isDefault.getAsBoolean()));
        return badge;
    }

    /** Runs {@code refresh} now and after every change (a summary that shows an edited name). */
    void onRefresh(Runnable refresh) {
        refresh.run();
        refreshers.add(refresh);
    }

    /** A small icon button for a structural change, hidden on a read-only version. */
    Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(new Icon(icon), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.setVisible(!readOnly);
        return button;
    }

    /** A row of fields aligned on their baseline. */
    static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** Moves an entry of a list one place up (−1) or down (+1) when it can. */
    static <T> void move(List<T> list, T entry, int step) {
        int from = list.indexOf(entry);
        int to = from + step;
        if (from >= 0 && to >= 0 && to < list.size()) {
            list.remove(from);
            list.add(to, entry);
        }
    }
}
