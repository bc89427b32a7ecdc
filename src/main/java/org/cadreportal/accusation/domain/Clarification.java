package org.cadreportal.accusation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.Getter;
import org.cadreportal.accusation.ClarificationMethod;
import org.hibernate.envers.Audited;

/** One cadre cleared (one person-time): when, how, to whom, and of which allegations. */
@Entity
@Table(name = "clarifications")
@Audited
public class Clarification extends CasePart {

    @Column(name = "cadre_id", nullable = false)
    @Getter private long cadreId;

    @Column(name = "cadre_name", nullable = false, length = 50)
    @Getter private String cadreName;

    @Column(name = "unit_id", nullable = false)
    @Getter private long unitId;

    @Column(name = "clarified_on", nullable = false)
    @Getter private LocalDate clarifiedOn;

    /** The methods' names, comma-separated: a handful of flags, never queried one by one. */
    @Column(nullable = false, length = 100)
    private String methods;

    @Column(name = "scope_units", nullable = false, length = 500)
    @Getter private String scopeUnits;

    @Column(name = "notice_text", nullable = false, length = 4000)
    @Getter private String noticeText;

    @Column(name = "recorded_by", nullable = false, length = 64)
    @Getter private String recordedBy;

    @ManyToMany
    @JoinTable(name = "clarification_allegations", joinColumns = @JoinColumn(name = "clarification_id"),
            inverseJoinColumns = @JoinColumn(name = "allegation_id"))
    @Getter private Set<Allegation> allegations = new HashSet<>();

    protected Clarification() {
    }

    Clarification(AccusationCase accusationCase, AccusedCadre cadre, LocalDate clarifiedOn,
                  Set<ClarificationMethod> methods, String scopeUnits, String noticeText, Set<Allegation> cleared,
                  String recordedBy) {
        super(accusationCase);
        this.cadreId = cadre.getCadreId();
        this.cadreName = cadre.getCadreName();
        this.unitId = cadre.getUnitId();
        this.clarifiedOn = clarifiedOn;
        this.methods = methods.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.scopeUnits = scopeUnits;
        this.noticeText = noticeText;
        this.allegations.addAll(cleared);
        this.recordedBy = recordedBy;
    }

    public Set<ClarificationMethod> getMethods() {
        Set<ClarificationMethod> set = EnumSet.noneOf(ClarificationMethod.class);
        Arrays.stream(methods.split(",")).filter(s -> !s.isBlank()).map(ClarificationMethod::valueOf)
                .forEach(set::add);
        return set;
    }
}
