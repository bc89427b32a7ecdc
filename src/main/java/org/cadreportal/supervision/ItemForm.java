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

/** What a supervision officer enters for an item (editable while it is a draft). */
public class ItemForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.length}")
    private String title;

    @Size(max = 2000, message = "{validation.length}")
    private String description;

    @NotNull(message = "{validation.required}")
    private Long aspectId;

    @NotNull(message = "{validation.required}")
    private ControlMethod method;

    @NotNull(message = "{validation.required}")
    private Long leadUnitId;

    private Set<Long> coUnitIds = new HashSet<>();

    @NotEmpty(message = "{validation.required}")
    private Set<Long> cadreIds = new HashSet<>();

    @NotNull(message = "{validation.required}")
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    private LocalDate endDate;

    private Long benchmarkItemId;

    @Size(max = 100, message = "{validation.length}")
    private String monitorName;

    @Digits(integer = FIGURE_INTEGER_DIGITS, fraction = FIGURE_FRACTION_DIGITS, message = "{validation.number}")
    private BigDecimal monitorTarget;

    /** 审核备案类, 工业项目 …; none means 在建项目. Its default method is a setting; {@link #method} decides. */
    private ItemType type;

    /** 状态监测: the floor of the band (below it red); none means 90 % of the target. */
    @Digits(integer = FIGURE_INTEGER_DIGITS, fraction = FIGURE_FRACTION_DIGITS, message = "{validation.number}")
    private BigDecimal monitorFloor;

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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getAspectId() {
        return aspectId;
    }

    public void setAspectId(Long aspectId) {
        this.aspectId = aspectId;
    }

    public ControlMethod getMethod() {
        return method;
    }

    public void setMethod(ControlMethod method) {
        this.method = method;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public Set<Long> getCoUnitIds() {
        return coUnitIds;
    }

    public void setCoUnitIds(Set<Long> coUnitIds) {
        this.coUnitIds = coUnitIds == null ? new HashSet<>() : new HashSet<>(coUnitIds);
    }

    public Set<Long> getCadreIds() {
        return cadreIds;
    }

    public void setCadreIds(Set<Long> cadreIds) {
        this.cadreIds = cadreIds == null ? new HashSet<>() : new HashSet<>(cadreIds);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Long getBenchmarkItemId() {
        return benchmarkItemId;
    }

    public void setBenchmarkItemId(Long benchmarkItemId) {
        this.benchmarkItemId = benchmarkItemId;
    }

    public String getMonitorName() {
        return monitorName;
    }

    public void setMonitorName(String monitorName) {
        this.monitorName = monitorName;
    }

    public BigDecimal getMonitorTarget() {
        return monitorTarget;
    }

    public void setMonitorTarget(BigDecimal monitorTarget) {
        this.monitorTarget = monitorTarget;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }

    public BigDecimal getMonitorFloor() {
        return monitorFloor;
    }

    public void setMonitorFloor(BigDecimal monitorFloor) {
        this.monitorFloor = monitorFloor;
    }

    public List<MilestoneForm> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneForm> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : new ArrayList<>(milestones);
    }
}
