package org.cadreportal.supervision.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.Getter;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.ItemType;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.LightRule;
import org.cadreportal.supervision.LightSettings;
import org.cadreportal.supervision.MilestoneForm;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A supervision item (督办事项): the aggregate of its plan (milestones), its reported progress and its
 * light. It moves draft → online → closed only through {@link #goOnline} and {@link #close}; a closed
 * item refuses every change.
 */
@Entity
@Table(name = "supervision_items")
@Audited
public class SupervisionItem extends VersionedEntity {

    @Getter private String itemNo;

    @Getter private String title;

    @Getter private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "aspect_id")
    @Getter private Aspect aspect;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "control_method", nullable = false, length = 20)
    @Getter private ControlMethod method;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private UnitView leadUnit;

    @ManyToMany
    @JoinTable(name = "supervision_item_units", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private Set<UnitView> coUnits = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "supervision_item_cadres", joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "cadre_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private Set<ItemCadre> cadres = new HashSet<>();

    @Getter private String supervisor;

    @Getter private String supervisorName;

    @Getter private LocalDate startDate;

    @Getter private LocalDate endDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "benchmark_item_id")
    @Getter private SupervisionItem benchmark;

    @Getter private String monitorName;

    @Column(precision = 18, scale = 2)
    @Getter private BigDecimal monitorTarget;

    @Column(precision = 18, scale = 2)
    @Getter private BigDecimal monitorActual;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_type", nullable = false, length = 20)
    @Getter private ItemType type = ItemType.CONSTRUCTION;

    @Column(precision = 18, scale = 2)
    @Getter private BigDecimal monitorFloor;

    @Getter private LocalDate monitorOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private ItemStatus status = ItemStatus.DRAFT;

    @Getter private LocalDate onlineOn;

    @Getter private LocalDate closedOn;

    @Getter private int actualProgress;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Getter private Light light = Light.GREEN;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dueDate, id")
    @Getter private List<Milestone> milestones = new ArrayList<>();

    @jakarta.persistence.Embedded
    private ProjectFacts facts = new ProjectFacts();

    protected SupervisionItem() {
    }

    public SupervisionItem(String itemNo, String supervisor, String supervisorName) {
        this.itemNo = itemNo;
        this.supervisor = supervisor;
        this.supervisorName = supervisorName;
    }

    /** The plan, while the item is a draft. Milestones are replaced as a whole. */
    public void plan(String newTitle, String newDescription, Aspect newAspect, ControlMethod newMethod,
                     UnitView lead, Set<UnitView> co, Set<ItemCadre> responsible, LocalDate start, LocalDate end,
                     SupervisionItem benchmarkItem, String monitor, BigDecimal target, List<MilestoneForm> plan) {
        if (status != ItemStatus.DRAFT) {
            throw new PortalException("supervision.error.notDraft");
        }
        title = newTitle;
        description = newDescription;
        aspect = newAspect;
        method = newMethod;
        leadUnit = lead;
        coUnits.clear();
        coUnits.addAll(co);
        cadres.clear();
        cadres.addAll(responsible);
        startDate = start;
        endDate = end;
        benchmark = benchmarkItem;
        monitorName = monitor;
        monitorTarget = target;
        milestones.clear();
        plan.forEach(m -> milestones.add(new Milestone(this, m.name().strip(), m.dueDate(), m.plannedProgress())));
    }

    /** The item's type and, for 状态监测, the floor of its band (null: 90 % of the target); while a draft. */
    public void classify(ItemType newType, BigDecimal floor) {
        if (status != ItemStatus.DRAFT) {
            throw new PortalException("supervision.error.notDraft");
        }
        type = newType;
        monitorFloor = method == ControlMethod.MONITOR ? floor : null;
    }

    public void goOnline(LocalDate today) {
        if (status != ItemStatus.DRAFT) {
            throw new PortalException("supervision.error.notDraft");
        }
        status = ItemStatus.ONLINE;
        onlineOn = today;
    }

    public void close(LocalDate today) {
        requireOnline();
        status = ItemStatus.CLOSED;
        closedOn = today;
        light = Light.GREEN;
    }

    public void report(int progress, BigDecimal monitorValue, LocalDate today) {
        requireOnline();
        actualProgress = progress;
        if (monitorValue != null) {
            monitorActual = monitorValue;
            monitorOn = today;
        }
    }

    public void requireOnline() {
        if (status != ItemStatus.ONLINE) {
            throw new PortalException(status == ItemStatus.CLOSED ? "supervision.error.closed"
                    : "supervision.error.notOnline");
        }
    }

    /** The project facts (包保市领导, investment, 开工, 入库); they may change until the item is closed. */
    public void changeFacts(String leader, String leaderName, BigDecimal total, BigDecimal annual, LocalDate started,
                            LocalDate registered) {
        if (status == ItemStatus.CLOSED) {
            throw new PortalException("supervision.error.closed");
        }
        getFacts().change(leader, leaderName, total, annual, started, registered);
    }

    /** 已完成投资: the sum of the item's monthly investment reports. */
    public void investmentCompleted(BigDecimal sum) {
        getFacts().completed(sum);
    }

    /**
     * A milestone added to an online item's plan from outside it (a 暗访督导 problem's rectification deadline, a
     * 专题会调度 decision); the light rule judges it like any other from the next judgement on.
     */
    public Milestone addMilestone(String name, LocalDate dueDate, int plannedProgress) {
        requireOnline();
        Milestone m = new Milestone(this, name, dueDate, plannedProgress);
        milestones.add(m);
        return m;
    }

    /**
     * Applies the rule of the item's method to every milestone and to the item.
     *
     * @param curve the benchmark's progress curve, for 标杆项目对标 (else null)
     * @return the item's light before, if it changed; otherwise null
     */
    public Light judge(LightSettings settings, LightRule.Curve curve, LocalDate today) {
        LightRule.Verdict verdict = LightRule.of(method).judge(facts(curve), settings, today);
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).judge(actualProgress, verdict.nodes().get(i), today);
        }
        Light before = light;
        light = verdict.light();
        return before == light ? null : before;
    }

    /** What the light rules read of this item. */
    public LightRule.Facts facts(LightRule.Curve curve) {
        return new LightRule.Facts(status, startDate, endDate, actualProgress, milestones.stream()
                .map(m -> new LightRule.Node(m.getName(), m.getDueDate(), m.getPlannedProgress())).toList(), curve,
                monitorName == null ? null
                        : new LightRule.Monitor(monitorName, monitorTarget, monitorFloor, monitorActual, monitorOn));
    }

    public ProjectFacts getFacts() {
        if (facts == null) {
            facts = new ProjectFacts();
        }
        return facts;
    }
}
