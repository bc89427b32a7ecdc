package org.cadreportal.demo;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.WorkRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collects generated achievement entries with the status changes that brought each where it is, and
 * writes both in batches. The entry's columns (status, late, submitted_at, reviewer, return reason) are
 * derived from its steps exactly as {@code AchievementEntry} sets them, so history and row always agree.
 */
final class DemoEntryRows {

    /** One status change; {@code note} is the return reason of a RETURNED step. */
    record Step(EntryStatus to, String actor, String actorName, LocalDateTime at, String note) {
    }

    /** What was filed; {@code scores} (完成度, 真实度, 难易度, 贡献度) are kept only if it ends accepted. */
    record Filing(long cadreId, long periodId, LocalDate deadline, long fieldId, long levelId, long categoryId,
                  WorkRole role, DemoEntryTexts.Texts texts, String proxyBy, String proxyName, int[] scores) {
    }

    private static final String ENTRY_SQL = """
            insert into achievement_entries (id, version, cadre_id, period_id, field_id, level_id, category_id,
                cadre_role, what_done, achieved, effect, figures, status, late, proxy_by, proxy_name, submitted_at,
                return_reason, reviewer_name, reviewed_at, score_completion, score_truth, score_difficulty,
                score_contribution)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] ENTRY_TYPES = {Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.BIGINT, Types.BIGINT,
        Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR,
        Types.TIMESTAMP, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER};

    private static final String TRANSITION_SQL = """
            insert into entry_transitions (id, entry_id, from_status, to_status, actor, actor_name, happened_at, note)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final int[] TRANSITION_TYPES = {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
        Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR};

    /** The notes the archive service writes; the entry view translates them. */
    private static final String PROXY_NOTE = "archive.transition.proxy";
    private static final String LATE_NOTE = "archive.transition.late";

    private final JdbcTemplate jdbc;
    private final SequenceIds entryIds;
    private final SequenceIds transitionIds;
    private final List<Object[]> entries = new ArrayList<>();
    private final List<Object[]> transitions = new ArrayList<>();
    private int total;

    DemoEntryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.entryIds = new SequenceIds(jdbc, "achievement_entries_seq");
        this.transitionIds = new SequenceIds(jdbc, "entry_transitions_seq");
    }

    /** Adds the entry; the first step must create the draft. Returns the entry's id. */
    long add(Filing f, List<Step> steps) {
        if (steps.isEmpty() || steps.getFirst().to() != EntryStatus.DRAFT) {
            throw new IllegalArgumentException("An entry starts as a draft");
        }
        long id = entryIds.next();
        EntryStatus status = EntryStatus.DRAFT;
        Step firstSubmission = steps.stream().filter(s -> s.to() == EntryStatus.SUBMITTED).findFirst().orElse(null);
        boolean late = firstSubmission != null && firstSubmission.at().toLocalDate().isAfter(f.deadline());
        LocalDateTime submittedAt = null;
        Step review = null;
        for (Step s : steps) {
            if (s.to() != EntryStatus.DRAFT && !status.canMoveTo(s.to())) {
                throw new IllegalArgumentException(status + " cannot move to " + s.to());
            }
            String note = switch (s.to()) {
                case DRAFT -> f.proxyBy() == null ? null : PROXY_NOTE;
                case SUBMITTED -> late ? LATE_NOTE : null;
                default -> s.note();
            };
            transitions.add(new Object[] {transitionIds.next(), id, s.to() == EntryStatus.DRAFT ? null : status.name(),
                s.to().name(), s.actor(), s.actorName(), Timestamp.valueOf(s.at()), note});
            if (s.to() == EntryStatus.SUBMITTED) {
                submittedAt = s.at();
            } else if (s.to() != EntryStatus.DRAFT) {
                review = s;
            }
            status = s.to();
        }
        boolean accepted = status == EntryStatus.ACCEPTED;
        int[] scores = accepted && f.scores() != null ? f.scores() : new int[0];
        DemoEntryTexts.Texts t = f.texts();
        // Every step after creation is one update of the entity, so @Version counts them.
        entries.add(new Object[] {id, steps.size() - 1, f.cadreId(), f.periodId(), f.fieldId(), f.levelId(),
            f.categoryId(), f.role().name(), t.whatDone(), t.achieved(), t.effect(), t.figures(), status.name(), late,
            f.proxyBy(), f.proxyName(), submittedAt == null ? null : Timestamp.valueOf(submittedAt),
            status == EntryStatus.RETURNED ? review.note() : null, review == null ? null : review.actorName(),
            review == null ? null : Timestamp.valueOf(review.at()), score(scores, 0), score(scores, 1),
            score(scores, 2), score(scores, 3)});
        total++;
        return id;
    }

    int total() {
        return total;
    }

    void write() {
        jdbc.batchUpdate(ENTRY_SQL, entries, ENTRY_TYPES);
        jdbc.batchUpdate(TRANSITION_SQL, transitions, TRANSITION_TYPES);
        entries.clear();
        transitions.clear();
    }

    private static Integer score(int[] scores, int index) {
        return index < scores.length ? scores[index] : null;
    }
}
