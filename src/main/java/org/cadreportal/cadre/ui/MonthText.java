package org.cadreportal.cadre.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;

/** A month typed as the 任免审批表 writes it, "2001.07" (also "2001-07", "2001.7", "200107"); empty is none. */
@RequiredArgsConstructor
final class MonthText implements Converter<String, YearMonth> {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*[.\\-/年]?\\s*(\\d{1,2})\\s*月?");

    private final String errorMessage;

    static YearMonth parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = MONTH.matcher(text.strip());
        if (!m.matches()) {
            throw new DateTimeException(text);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    static String format(YearMonth month) {
        return month == null ? "" : String.format("%04d.%02d", month.getYear(), month.getMonthValue());
    }

    @Override
    public Result<YearMonth> convertToModel(String value, ValueContext context) {
        try {
            return Result.ok(parse(value));
        } catch (DateTimeException e) {
            return Result.error(errorMessage);
        }
    }

    @Override
    public String convertToPresentation(YearMonth value, ValueContext context) {
        return format(value);
    }
}
