package org.cadreportal.adjustment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import lombok.Getter;
import lombok.Setter;
import org.cadreportal.base.ListEntryForm;

/** An administrator's edit of a situation or a method; {@code impactMonths} applies to methods only. */
@Getter
@Setter
public class ReferenceForm extends ListEntryForm {

    @Min(value = 0, message = "{validation.number}")
    @Max(value = 120, message = "{validation.number}")
    private int impactMonths;

    /** Situations only: a 下 for it bars a 上 inside the impact period (else a reason is enough). */
    private boolean barsPromotion;

    public static ReferenceForm of(ReferenceRow r) {
        ReferenceForm f = new ReferenceForm();
        f.copy(r.nameZh(), r.nameEn(), r.sortOrder(), r.active());
        f.impactMonths = r.impactMonths();
        f.barsPromotion = r.barsPromotion();
        return f;
    }
}
