package org.cadreportal.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/** What a supervision officer enters for an item (editable while it is a draft). */
@Getter
public class ItemForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.length}")
    @Setter private String title;

    @Size(max = 2000, message = "{validation.length}")
    @Setter private String description;

    @NotNull(message = "{validation.required}")
    @Setter private Long aspectId;

    @NotNull(message = "{validation.required}")
    @Setter private ControlMethod method;

    @NotNull(message = "{validation.required}")
    @Setter private Long leadUnitId;

    private Set<Long> coUnitIds = new HashSet<>();

    @NotEmpty(message = "{validation.required}")
    private Set<Long> cadreIds = new HashSet<>();

    @NotNull(message = "{validation.required}")
    @Setter private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @Setter private LocalDate endDate;

    @Setter private Long benchmarkItemId;

    @Size(max = 100, message = "{validation.length}")
    @Setter private String monitorName;

    @Digits(integer = FIGURE_INTEGER_DIGITS, fraction = FIGURE_FRACTION_DIGITS, message = "{validation.number}")
    @Setter private BigDecimal monitorTarget;

    /** 审核备案类, 工业项目 …; none means 在建项目. Its default method is a setting; {@link #method} decides. */
    @Setter private ItemType type;

    /** 状态监测: the floor of the band (below it red); none means 90 % of the target. */
    @Digits(integer = FIGURE_INTEGER_DIGITS, fraction = FIGURE_FRACTION_DIGITS, message = "{validation.number}")
    @Setter private BigDecimal monitorFloor;

    @Valid
    @NotEmpty(message = "{validation.required}")
    private List<MilestoneForm> milestones = new ArrayList<>();

    /** A monitored figure's column is DECIMAL(18,2): the target and every reported value must fit it. */
    public static final int FIGURE_INTEGER_DIGITS = 16;
    public static final int FIGURE_FRACTION_DIGITS = 2;

    public static boolean fitsFigure(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.precision() - plain.scale() <= FIGURE_INTEGER_DIGITS && plain.scale() <= FIGURE_FRACTION_DIGITS;
    }

    public void setCoUnitIds(Set<Long> coUnitIds) {
        this.coUnitIds = coUnitIds == null ? new HashSet<>() : new HashSet<>(coUnitIds);
    }

    public void setCadreIds(Set<Long> cadreIds) {
        this.cadreIds = cadreIds == null ? new HashSet<>() : new HashSet<>(cadreIds);
    }

    public void setMilestones(List<MilestoneForm> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
    }
}
