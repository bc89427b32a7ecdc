package org.cadreportal.adjustment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/**
 * 启动动议: what a clerk enters to open a case. A "down" case needs at least one situation; a 上 case for
 * a cadre inside the impact period of a 下 needs {@code impactReason}, unless the 下's situation bars it.
 */
@Getter
public class OpenCaseForm {

    @NotNull(message = "{validation.required}")
    @Setter private Long cadreId;

    @NotNull(message = "{validation.required}")
    @Setter private Direction direction;

    @NotNull(message = "{validation.required}")
    @Setter private CaseSource source;

    private Set<Long> situationIds = new HashSet<>();

    @NotBlank(message = "{validation.required}")
    @Size(max = 2000, message = "{validation.length}")
    @Setter private String summary;

    /** What the case came from, as a stored text (e.g. a frontline recommendation): shown on the case page. */
    @Size(max = 300, message = "{validation.length}")
    @Setter private String reference;

    /** The route of that record (e.g. {@code inspection/123}), linked from the case page. */
    @Size(max = 100, message = "{validation.length}")
    @Setter private String referenceLink;

    /** Why a 上 case is opened while the cadre is inside the impact period of a 下 (能下能再上). */
    @Size(max = 1000, message = "{validation.length}")
    @Setter private String impactReason;

    public void setSituationIds(Set<Long> situationIds) {
        this.situationIds = situationIds == null ? new HashSet<>() : new HashSet<>(situationIds);
    }
}
