package org.cadreportal.adjustment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's edit of a situation or a method; {@code impactMonths} applies to methods only. */
public class ReferenceForm {

    @NotBlank
    @Size(max = 50)
    private String nameZh;

    @NotBlank
    @Size(max = 100)
    private String nameEn;

    @Min(0)
    @Max(999)
    private int sortOrder;

    private boolean active = true;

    @Min(0)
    @Max(120)
    private int impactMonths;

    public static ReferenceForm of(ReferenceRow r) {
        ReferenceForm f = new ReferenceForm();
        f.nameZh = r.nameZh();
        f.nameEn = r.nameEn();
        f.sortOrder = r.sortOrder();
        f.active = r.active();
        f.impactMonths = r.impactMonths();
        return f;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getImpactMonths() {
        return impactMonths;
    }

    public void setImpactMonths(int impactMonths) {
        this.impactMonths = impactMonths;
    }
}
