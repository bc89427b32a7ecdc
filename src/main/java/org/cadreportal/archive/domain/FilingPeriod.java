package org.cadreportal.archive.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.CadreCategory;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/** 填报周期: the time an entry is about and the deadline for filing it, for the chosen cadre categories. */
@Entity
@Table(name = "filing_periods")
@Audited
public class FilingPeriod extends VersionedEntity {

    @Getter private String nameZh;

    @Getter private String nameEn;

    @Getter private LocalDate startsOn;

    @Getter private LocalDate endsOn;

    @Getter private LocalDate deadline;

    private String openedBy;

    // Lists of periods load every period's categories in one statement, not one per period.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "filing_period_categories", joinColumns = @JoinColumn(name = "period_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private Set<CadreCategory> categories = new HashSet<>();

    protected FilingPeriod() {
    }

    public FilingPeriod(String openedBy) {
        this.openedBy = openedBy;
    }

    /** The period must cover at least a day and its deadline may not fall before its first day. */
    public void edit(PeriodForm f) {
        if (f.getEndsOn().isBefore(f.getStartsOn())) {
            throw new FieldException("endsOn", "archive.error.periodEnd");
        }
        if (f.getDeadline().isBefore(f.getStartsOn())) {
            throw new FieldException("deadline", "archive.error.deadline");
        }
        nameZh = f.getNameZh().strip();
        nameEn = f.getNameEn().strip();
        startsOn = f.getStartsOn();
        endsOn = f.getEndsOn();
        deadline = f.getDeadline();
        categories.clear();
        categories.addAll(f.getCategories());
    }

    /** A first submission after the deadline day is late. */
    public boolean isLateOn(LocalDate day) {
        return day.isAfter(deadline);
    }

    public Set<CadreCategory> getCategories() {
        return categories.isEmpty() ? EnumSet.noneOf(CadreCategory.class) : EnumSet.copyOf(categories);
    }
}
