package org.cadreportal.adjustment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.cadreportal.adjustment.Direction;
import org.cadreportal.adjustment.domain.AdjustmentCase;
import org.cadreportal.adjustment.domain.Situation;
import org.cadreportal.base.domain.UnitView;
import org.cadreportal.base.domain.UnitViewRepository;
import org.cadreportal.cadre.AppointmentRecord;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 干部任免审批表 of a 能上能下 case: the cadre's own record with what the case says filled in.
 * <ul>
 * <li>拟任职务 — the post the case proposed (提出调整建议 / 确定考察对象), empty until then;</li>
 * <li>现任职务 — the post, with its unit, held when the case opened, also after the decision is carried out;</li>
 * <li>拟免职务 — that post, for a move down, and for a move up to another post (a promotion to the same post's
 *     higher rank removes nothing);</li>
 * <li>任免理由 — why the case was opened, its 情形 and 调整方式 for a move down, and the 常委会's decision once
 *     taken;</li>
 * <li>呈报单位 — the organisation department of the city committee whose 常委会 decides the case: it runs the
 *     procedure and presents the form to the meeting; the cadre's own unit only gives its opinion along the way.
 *     The committee's name is the root of the unit tree (the city); its 组织部 is named from it.</li>
 * </ul>
 * The form is an official paper, so its texts are Chinese whatever the reader's language.
 */
@Component
@RequiredArgsConstructor
class CaseAppointment {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final UnitViewRepository units;

    AppointmentRecord of(AdjustmentCase c, AppointmentRecord cadre) {
        String proposed = c.getProposedPost() == null ? "" : c.getProposedPost();
        // The form is about the post the case was opened on: once the decision is carried out the registry
        // holds the new post, and a decided case's form would print it as both 现任 and 拟任.
        String held = AppointmentRecord.post(c.getUnit().getName(), c.getFormerPost());
        boolean leaves = c.getDirection() == Direction.DOWN
                || !proposed.isBlank() && !proposed.equals(c.getFormerPost()) && !proposed.equals(held);
        return new AppointmentRecord(cadre.cadreId(), cadre.name(), cadre.gender(), cadre.birthDate(),
                cadre.ethnicity(), cadre.nativePlace(), cadre.birthPlace(), cadre.partyJoined(), cadre.workStarted(),
                cadre.health(), cadre.professionalTitle(), cadre.expertise(), cadre.fullTime(), cadre.partTime(),
                held, proposed, leaves ? held : "", cadre.resumeLines(), cadre.rewards(),
                cadre.annualResults(), reason(c), reportingUnit(c.getUnit()), cadre.family(), cadre.photo(),
                cadre.idNumber(), cadre.ageOn(), cadre.filledOn(), cadre.filledBy());
    }

    private String reason(AdjustmentCase c) {
        List<String> lines = new ArrayList<>();
        if (c.getSummary() != null && !c.getSummary().isBlank()) {
            lines.add(c.getSummary().strip());
        }
        if (c.getDirection() == Direction.DOWN && !c.getSituations().isEmpty()) {
            lines.add(t("appointment.reason.situations", String.join(t("appointment.reason.and"),
                    c.getSituations().stream().map(Situation::getNameZh).sorted().toList())));
        }
        if (c.getMethod() != null) {
            lines.add(t("appointment.reason.method", c.getMethod().getNameZh()));
        }
        if (c.getMeetingDate() != null && c.getDecision() != null) {
            lines.add(t("appointment.reason.decision." + c.getDecision(), c.getMeetingDate().getYear(),
                    c.getMeetingDate().getMonthValue(), c.getMeetingDate().getDayOfMonth()));
        }
        return String.join("\n", lines);
    }

    /** 中共…委组织部 of the city at the root of the case unit's path (the unit's own name if it has no parent). */
    private String reportingUnit(UnitView unit) {
        String[] ids = unit.getPath().split("/");
        String root = ids.length > 1 ? ids[1] : "";
        String city = root.isEmpty() || root.equals(String.valueOf(unit.getId())) ? unit.getName()
                : units.findById(Long.parseLong(root)).map(UnitView::getName).orElse(unit.getName());
        return t("appointment.reportingUnit", city);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }
}
