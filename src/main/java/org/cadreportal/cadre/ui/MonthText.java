package org.cadreportal.cadre.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.time.DateTimeException;
import java.time.YearMonth;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.ProfileMonth;

/** A month field of the 任免审批表: read as {@link ProfileMonth} reads it, or refused with the field's message. */
@RequiredArgsConstructor
final class MonthText implements Converter<String, YearMonth> {

    private final String errorMessage;

    @Override
    public Result<YearMonth> convertToModel(String value, ValueContext context) {
        try {
            return Result.ok(ProfileMonth.parse(value));
        } catch (DateTimeException e) {
            return Result.error(errorMessage);
        }
    }

    @Override
    public String convertToPresentation(YearMonth value, ValueContext context) {
        return ProfileMonth.format(value);
    }
}
