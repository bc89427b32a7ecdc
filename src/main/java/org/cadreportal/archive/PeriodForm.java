package org.cadreportal.archive;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.cadreportal.base.NamesForm;
import org.cadreportal.cadre.CadreCategory;

/** An administrator's filing period: its name, the time it covers, its deadline and who must file. */
public class PeriodForm extends NamesForm {

    @NotNull(message = "{validation.required}")
    private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    private LocalDate endsOn;

    @NotNull(message = "{validation.required}")
    private LocalDate deadline;

    @NotEmpty(message = "{validation.required}")
    private Set<CadreCategory> categories = EnumSet.allOf(CadreCategory.class);

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Set<CadreCategory> getCategories() {
        return categories;
    }

    public void setCategories(Set<CadreCategory> categories) {
        this.categories = categories == null || categories.isEmpty() ? EnumSet.noneOf(CadreCategory.class)
                : EnumSet.copyOf(categories);
    }
}
