package com.keyaccount.portal.customer.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Amounts in yuan typed and shown in the person's number format: {@code 1,234,567.50}; a currency sign, "元" and
 * spaces are ignored when reading. More than two decimals or anything not a number is refused with the given message.
 */
class MoneyConverter implements Converter<String, BigDecimal> {

    private final String invalidMessage;

    MoneyConverter(String invalidMessage) {
        this.invalidMessage = invalidMessage;
    }

    @Override
    public Result<BigDecimal> convertToModel(String value, ValueContext context) {
        if (value == null || value.isBlank()) {
            return Result.ok(null);
        }
        String text = value.replaceAll("[\\s¥￥元]|CNY", "");
        DecimalFormat format = format(context);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Number parsed = format.parse(text, position);
        if (parsed == null || position.getIndex() != text.length()) {
            return Result.error(invalidMessage);
        }
        BigDecimal amount = (BigDecimal) parsed;
        if (amount.stripTrailingZeros().scale() > 2) {
            return Result.error(invalidMessage);
        }
        return Result.ok(amount);
    }

    @Override
    public String convertToPresentation(BigDecimal value, ValueContext context) {
        return value == null ? "" : format(context).format(value);
    }

    private static DecimalFormat format(ValueContext context) {
        Locale locale = context.getLocale().orElse(Locale.SIMPLIFIED_CHINESE);
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
    }
}
