package org.cadreportal.accusation.service;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.base.FieldException;
import org.cadreportal.workflow.StepTexts;

/**
 * The checks the full procedure and the quick log share, so a case logged in one go meets exactly the
 * rules of one worked step by step. Each refusal names the field the user must correct.
 */
final class AccusationRules {

    /** Clarification is due within this many working days of the finding [R]. */
    static final int CLARIFY_WITHIN_WORKING_DAYS = 20;

    private AccusationRules() {
    }

    static String text(String field, String value, int max) {
        return StepTexts.required(field, value, max);
    }

    static String optional(String field, String value, int max) {
        return StepTexts.optional(field, value, max);
    }

    static LocalDate pastDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new FieldException(field, "validation.required");
        }
        if (date.isAfter(today)) {
            throw new FieldException(field, "validation.notFuture");
        }
        if (date.getYear() < 2000) {
            throw new FieldException(field, "validation.dateTooEarly");
        }
        return date;
    }

    static LocalDate notBefore(String field, LocalDate date, LocalDate earliest, String messageKey) {
        if (date.isBefore(earliest)) {
            throw new FieldException(field, messageKey, earliest);
        }
        return date;
    }

    /** The report as registered: what the intake step and the quick log both require. */
    static void intake(IntakeForm f, LocalDate today) {
        text("reportNo", f.reportNo(), 50);
        pastDate("receivedOn", f.receivedOn(), today);
        if (f.channel() == null) {
            throw new FieldException("channel", "validation.required");
        }
        if (!f.anonymous()) {
            text("reporterName", f.reporterName(), 50);
        }
        optional("reporterContact", f.reporterContact(), 100);
        text("summary", f.summary(), 2000);
        if (f.accusedIds().isEmpty()) {
            throw new FieldException("accusedIds", "accusation.error.noAccused");
        }
        if (f.accusedIds().size() > 20) {
            throw new FieldException("accusedIds", "accusation.error.tooManyAccused", 20);
        }
        if (new HashSet<>(f.accusedIds()).size() != f.accusedIds().size()) {
            throw new FieldException("accusedIds", "accusation.error.duplicateAccused");
        }
        if (f.allegations().isEmpty()) {
            throw new FieldException("allegations", "accusation.error.noAllegations");
        }
        if (f.allegations().size() > 50) {
            throw new FieldException("allegations", "accusation.error.tooManyAllegations", 50);
        }
        for (int i = 0; i < f.allegations().size(); i++) {
            AllegationInput a = f.allegations().get(i);
            if (a == null || a.cadreId() == null || !f.accusedIds().contains(a.cadreId())) {
                throw new FieldException("allegations", "accusation.error.allegationCadre", i + 1);
            }
            if (a.content() == null || a.content().isBlank()) {
                throw new FieldException("allegations", "accusation.error.allegationEmpty", i + 1);
            }
            text("allegations", a.content(), 1000);
        }
        Set<Long> alleged = new HashSet<>(f.allegations().stream().map(AllegationInput::cadreId).toList());
        if (!alleged.containsAll(f.accusedIds())) {
            throw new FieldException("allegations", "accusation.error.accusedWithoutAllegation");
        }
    }

    /** A finding needs its reason; field names carry the allegation's key so the form marks the right row. */
    static String findingReason(String key, FindingType finding, String reason) {
        if (finding == null) {
            throw new FieldException("finding-" + key, "validation.required");
        }
        return text("reason-" + key, reason, 2000);
    }

    /** 诬告陷害 means the reporter is referred: to whom and when are then required. */
    static void referral(boolean fabricated, String to, LocalDate on, LocalDate foundOn, LocalDate today) {
        if (!fabricated) {
            return;
        }
        text("referredTo", to, 100);
        pastDate("referredOn", on, today);
        notBefore("referredOn", on, foundOn, "accusation.error.beforeFinding");
    }

    /** The methods, scope and notice of a clarification; an oral or meeting one needs a written one too. */
    static void clarification(Set<ClarificationMethod> methods, String scope, String notice) {
        if (methods.isEmpty()) {
            throw new FieldException("methods", "validation.required");
        }
        if (ClarificationMethod.needsWritten(methods)) {
            throw new FieldException("methods", "accusation.error.writtenRequired");
        }
        text("scopeUnits", scope, 500);
        text("noticeText", notice, 4000);
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
