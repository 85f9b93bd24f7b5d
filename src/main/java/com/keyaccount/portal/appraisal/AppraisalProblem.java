package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.base.BusinessException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with a template or an entry, as an i18n key of the message bundles and its arguments (already
 * rendered as text, so problems compare equal and print the same in every locale).
 *
 * @param key  the bundle key, {@code appraisal.…}
 * @param args the message arguments, in MessageFormat order
 */
public record AppraisalProblem(String key, List<String> args) {

    public AppraisalProblem {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A problem whose arguments are rendered with {@link String#valueOf}; BigDecimals in plain notation. */
    public static AppraisalProblem of(String key, Object... args) {
        return new AppraisalProblem(key, Arrays.stream(args).map(AppraisalProblem::render).toList());
    }

    /** The refusal a service throws for this problem. */
    public BusinessException toException() {
        return new BusinessException(key, args.toArray());
    }

    private static String render(Object arg) {
        return arg instanceof java.math.BigDecimal number ? number.toPlainString() : String.valueOf(arg);
    }
}
