package org.cadreportal.archive;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;
import org.cadreportal.base.NamesForm;
import org.cadreportal.cadre.CadreCategory;

/** An administrator's filing period: its name, the time it covers, its deadline and who must file. */
@Getter
public class PeriodForm extends NamesForm {

    @NotNull(message = "{validation.required}")
    @Setter private LocalDate startsOn;

    @NotNull(message = "{validation.required}")
    @Setter private LocalDate endsOn;

    @NotNull(message = "{validation.required}")
    @Setter private LocalDate deadline;

    @NotEmpty(message = "{validation.required}")
    private Set<CadreCategory> categories = EnumSet.allOf(CadreCategory.class);

    public void setCategories(Set<CadreCategory> categories) {
        this.categories = categories == null || categories.isEmpty() ? EnumSet.noneOf(CadreCategory.class)
                : EnumSet.copyOf(categories);
    }
}
