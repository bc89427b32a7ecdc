package org.cadreportal.accusation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.cadreportal.accusation.AllegationInput;
import org.cadreportal.accusation.Channel;
import org.cadreportal.accusation.ClarificationMethod;
import org.cadreportal.accusation.FindingType;
import org.cadreportal.accusation.IntakeForm;
import org.cadreportal.base.FieldException;
import org.junit.jupiter.api.Test;

/** The rules a clarification case meets whether worked step by step or logged in one go. */
class AccusationRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static void refused(Runnable rule, String field, String key) {
        assertThatThrownBy(rule::run).isInstanceOfSatisfying(FieldException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void anOralOrMeetingClarificationNeedsAWrittenOne() {
        refused(() -> AccusationRules.clarification(Set.of(ClarificationMethod.IN_PERSON), "单位", "通知"),
                "methods", "accusation.error.writtenRequired");
        refused(() -> AccusationRules.clarification(Set.of(ClarificationMethod.MEETING, ClarificationMethod.MEDIA),
                "单位", "通知"), "methods", "accusation.error.writtenRequired");
        assertThatCode(() -> AccusationRules.clarification(Set.of(ClarificationMethod.MEETING,
                ClarificationMethod.WRITTEN), "单位", "通知")).doesNotThrowAnyException();
        // A circular or the media leave a written trace of their own.
        assertThatCode(() -> AccusationRules.clarification(Set.of(ClarificationMethod.BULLETIN), "单位", "通知"))
                .doesNotThrowAnyException();
        refused(() -> AccusationRules.clarification(Set.of(), "单位", "通知"), "methods", "validation.required");
        refused(() -> AccusationRules.clarification(Set.of(ClarificationMethod.WRITTEN), " ", "通知"),
                "scopeUnits", "validation.required");
    }

    @Test
    void aFabricatedFindingNeedsTheReportersReferral() {
        refused(() -> AccusationRules.referral(true, null, TODAY, TODAY, TODAY), "referredTo", "validation.required");
        refused(() -> AccusationRules.referral(true, "市公安局", null, TODAY, TODAY), "referredOn",
                "validation.required");
        refused(() -> AccusationRules.referral(true, "市公安局", TODAY.minusDays(3), TODAY.minusDays(1), TODAY),
                "referredOn", "accusation.error.beforeFinding");
        assertThatCode(() -> AccusationRules.referral(false, null, null, TODAY, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void everyFindingNeedsItsReason() {
        refused(() -> AccusationRules.findingReason("7", null, "理由"), "finding-7", "validation.required");
        refused(() -> AccusationRules.findingReason("7", FindingType.UNTRUE, ""), "reason-7", "validation.required");
        assertThat(AccusationRules.findingReason("7", FindingType.UNTRUE, " 经查不实 ")).isEqualTo("经查不实");
    }

    @Test
    void aReportNamesItsAccusedAndEachAllegationOneOfThem() {
        IntakeForm ok = new IntakeForm("JB-1", TODAY, Channel.ONLINE, true, null, null, "摘要", List.of(1L, 2L),
                List.of(new AllegationInput(1L, "事项一"), new AllegationInput(2L, "事项二")));
        assertThatCode(() -> AccusationRules.intake(ok, TODAY)).doesNotThrowAnyException();
        refused(() -> AccusationRules.intake(new IntakeForm("JB-1", TODAY, Channel.ONLINE, false, " ", null, "摘要",
                List.of(1L), List.of(new AllegationInput(1L, "事项"))), TODAY), "reporterName", "validation.required");
        refused(() -> AccusationRules.intake(new IntakeForm("JB-1", TODAY.plusDays(1), Channel.ONLINE, true, null,
                null, "摘要", List.of(1L), List.of(new AllegationInput(1L, "事项"))), TODAY), "receivedOn",
                "validation.notFuture");
        refused(() -> AccusationRules.intake(new IntakeForm("JB-1", TODAY, Channel.ONLINE, true, null, null, "摘要",
                List.of(1L, 2L), List.of(new AllegationInput(1L, "事项"))), TODAY), "allegations",
                "accusation.error.accusedWithoutAllegation");
        refused(() -> AccusationRules.intake(new IntakeForm("JB-1", TODAY, Channel.ONLINE, true, null, null, "摘要",
                List.of(1L), List.of(new AllegationInput(3L, "事项"))), TODAY), "allegations",
                "accusation.error.allegationCadre");
        refused(() -> AccusationRules.intake(new IntakeForm("JB-1", TODAY, Channel.ONLINE, true, null, null,
                "摘要\u0000", List.of(1L), List.of(new AllegationInput(1L, "事项"))), TODAY), "summary",
                "validation.controlChars");
    }
}
