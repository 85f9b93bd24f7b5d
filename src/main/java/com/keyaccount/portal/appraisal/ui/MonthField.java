package com.keyaccount.portal.appraisal.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.stream.IntStream;

/** A month to choose: the year typed, the month picked by its name in the person's language. */
class MonthField extends CustomField<YearMonth> {

    /** Set while the children show a value given from outside, so they do not report it back half-set. */
    private boolean presenting;

    final IntegerField year = new IntegerField();
    final Select<Integer> month = new Select<>();

    MonthField() {
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setWidth("8em");
        year.setAriaLabel(getTranslation("appraisal.ui.cycle.year"));
        month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
        month.setItemLabelGenerator(m -> Month.of(m).getDisplayName(TextStyle.FULL, getLocale()));
        month.setWidth("8em");
        month.setAriaLabel(getTranslation("appraisal.ui.cycle.month"));
        year.addValueChangeListener(event -> changed());
        month.addValueChangeListener(event -> changed());
        add(new HorizontalLayout(year, month));
    }

    @Override
    protected YearMonth generateModelValue() {
        Integer y = year.getValue();
        Integer m = month.getValue();
        return y == null || m == null || y < 1 ? null : YearMonth.of(y, m);
    }

    private void changed() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    protected void setPresentationValue(YearMonth value) {
        presenting = true;
        try {
            year.setValue(value == null ? null : value.getYear());
            month.setValue(value == null ? null : value.getMonthValue());
        } finally {
            presenting = false;
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        year.setReadOnly(readOnly);
        month.setReadOnly(readOnly);
    }
}
