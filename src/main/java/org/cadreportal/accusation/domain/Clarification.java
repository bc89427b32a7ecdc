package org.cadreportal.accusation.domain;

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

    @Getter private long cadreId;

    @Getter private String cadreName;

    @Getter private long unitId;

    @Getter private LocalDate clarifiedOn;

    /** The methods' names, comma-separated: a handful of flags, never queried one by one. */
    private String methods;

    @Getter private String scopeUnits;

    @Getter private String noticeText;

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
