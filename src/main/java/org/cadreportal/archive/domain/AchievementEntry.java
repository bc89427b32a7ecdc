package org.cadreportal.archive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.KeyFigure;
import org.cadreportal.archive.Scores;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.PortalException;
import org.cadreportal.base.domain.VersionedEntity;
import org.cadreportal.cadre.domain.readonly.ReadOnlyCadre;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * 实绩条目: one thing a cadre did in a filing period, what it achieved and its effect. It moves only
 * through {@link #edit}, {@link #submit}, {@link #accept} and {@link #sendBack}, each checking the status;
 * once accepted it is locked. Every saved state is a revision in its history.
 */
@Entity
@Table(name = "achievement_entries")
@Audited
public class AchievementEntry extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @Getter private ReadOnlyCadre cadre;

    @Getter private long periodId;

    @Getter private long fieldId;

    @Getter private long levelId;

    @Getter private long categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "cadre_role", nullable = false, length = 20)
    @Getter private WorkRole role;

    @Getter private String whatDone;

    @Getter private String achieved;

    @Getter private String effect;

    @Convert(converter = KeyFiguresConverter.class)
    private List<KeyFigure> figures = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Getter private EntryStatus status = EntryStatus.DRAFT;

    @Getter private boolean late;

    @Getter private String proxyBy;

    @Getter private String proxyName;

    @Getter private LocalDateTime submittedAt;

    @Getter private String returnReason;

    @Getter private String reviewerName;

    @Getter private LocalDateTime reviewedAt;

    private Integer scoreCompletion;

    private Integer scoreTruth;

    private Integer scoreDifficulty;

    private Integer scoreContribution;

    protected AchievementEntry() {
    }

    /** A new draft; {@code proxyBy} names the clerk when one files on the cadre's behalf. */
    public AchievementEntry(ReadOnlyCadre cadre, String proxyBy, String proxyName) {
        this.cadre = cadre;
        this.proxyBy = proxyBy;
        this.proxyName = proxyName;
    }

    public void edit(EntryForm f) {
        require(status.editable(), "archive.error.locked");
        periodId = f.getPeriodId();
        fieldId = f.getFieldId();
        levelId = f.getLevelId();
        categoryId = f.getCategoryId();
        role = f.getRole();
        whatDone = f.getWhatDone().strip();
        achieved = f.getAchieved().strip();
        effect = f.getEffect().strip();
        figures = f.getFigures().stream()
                .map(k -> new KeyFigure(k.label().strip(), k.amount(), k.unit() == null ? "" : k.unit().strip()))
                .toList();
    }

    /** The first submission after the period's deadline marks the entry late; a resubmission keeps the mark. */
    public void submit(LocalDateTime now, boolean afterDeadline) {
        move(EntryStatus.SUBMITTED);
        if (submittedAt == null) {
            late = afterDeadline;
        }
        submittedAt = now;
    }

    public void accept(String reviewer, LocalDateTime now, Scores scores) {
        check(scores);
        move(EntryStatus.ACCEPTED);
        review(reviewer, now, scores);
        returnReason = null;
    }

    public void sendBack(String reviewer, LocalDateTime now, String reason, Scores scores) {
        if (reason == null || reason.isBlank()) {
            throw new FieldException("reason", "archive.error.reasonRequired");
        }
        if (reason.strip().length() > 500) {
            throw new FieldException("reason", "validation.tooLong", 500);
        }
        check(scores);
        move(EntryStatus.RETURNED);
        review(reviewer, now, scores);
        returnReason = reason.strip();
    }

    public void requireEditable() {
        require(status.editable(), "archive.error.locked");
    }

    /** Checked before anything changes, so a refused score leaves the entry as it was. */
    private static void check(Scores scores) {
        checked(scores.completion(), "completion");
        checked(scores.truth(), "truth");
        checked(scores.difficulty(), "difficulty");
        checked(scores.contribution(), "contribution");
    }

    private void review(String reviewer, LocalDateTime now, Scores scores) {
        reviewerName = reviewer;
        reviewedAt = now;
        scoreCompletion = scores.completion();
        scoreTruth = scores.truth();
        scoreDifficulty = scores.difficulty();
        scoreContribution = scores.contribution();
    }

    private static void checked(Integer score, String field) {
        if (score != null && (score < 1 || score > 5)) {
            throw new FieldException(field, "archive.error.score");
        }
    }

    private void move(EntryStatus next) {
        require(status.canMoveTo(next), "archive.error.status");
        status = next;
    }

    private static void require(boolean ok, String key) {
        if (!ok) {
            throw new PortalException(key);
        }
    }

    public List<KeyFigure> getFigures() {
        return figures == null ? List.of() : figures;
    }

    public Scores getScores() {
        return new Scores(scoreCompletion, scoreTruth, scoreDifficulty, scoreContribution);
    }
}
