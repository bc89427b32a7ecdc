package org.cadreportal.supervision.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.FieldException;
import org.cadreportal.security.CurrentUser;
import org.cadreportal.supervision.ControlMethod;
import org.cadreportal.supervision.InspectionForm;
import org.cadreportal.supervision.ItemDetails;
import org.cadreportal.supervision.ItemForm;
import org.cadreportal.supervision.ItemRecords;
import org.cadreportal.supervision.ItemStatus;
import org.cadreportal.supervision.Light;
import org.cadreportal.supervision.MilestoneForm;
import org.cadreportal.supervision.SchedulingForm;
import org.cadreportal.supervision.SupervisionService;
import org.cadreportal.supervision.domain.FieldInspection;
import org.cadreportal.supervision.domain.FieldInspectionRepository;
import org.cadreportal.supervision.domain.InspectionVisit;
import org.cadreportal.supervision.domain.Milestone;
import org.cadreportal.supervision.domain.SchedulingMeeting;
import org.cadreportal.supervision.domain.SchedulingMeetingRepository;
import org.cadreportal.supervision.domain.SupervisionItem;
import org.cadreportal.supervision.domain.SupervisionItemRepository;
import org.springframework.stereotype.Component;

/**
 * 暗访督导 and 专题会调度 records, checked before anything is written: every item named readable and online,
 * every deadline a milestone inside the item's period that asks for more than the item has reported. Each
 * milestone is judged at once, so the item's light counts it from today.
 */
@Component
@RequiredArgsConstructor
class FieldRecords {

    private static final int TEXT = 200;

    private final SupervisionItemRepository items;
    private final FieldInspectionRepository inspections;
    private final SchedulingMeetingRepository meetings;
    private final ItemAccess access;
    private final LightJudge judge;
    private final SupervisionService supervision;

    long inspection(InspectionForm f, CurrentUser me, LocalDate today) {
        LocalDate day = past(f.inspectedOn(), "inspectedOn", today);
        String team = text(f.team(), "team");
        if (f.summary() != null && f.summary().length() > 2000) {
            throw new FieldException("summary", "validation.length");
        }
        if (f.itemIds() == null || f.itemIds().isEmpty()) {
            throw new FieldException("itemIds", "validation.required");
        }
        FieldInspection record = new FieldInspection(day, team, f.summary() == null || f.summary().isBlank() ? null
                : f.summary().strip(), me.username(), me.displayName());
        Map<Long, InspectionVisit> visits = new LinkedHashMap<>();
        Map<Long, SupervisionItem> visited = new LinkedHashMap<>();
        for (Long id : f.itemIds().stream().distinct().toList()) {
            SupervisionItem item = online(id, "itemIds");
            visited.put(id, item);
            visits.put(id, record.visit(item));
        }
        for (InspectionForm.Problem p : f.problems() == null ? List.<InspectionForm.Problem>of() : f.problems()) {
            SupervisionItem item = p.itemId() == null ? null : visited.get(p.itemId());
            if (item == null) {
                throw new FieldException("problems", "supervision.error.problemNotVisited");
            }
            String what = text(p.description(), "problems");
            int expected = expected(item, p.deadline(), p.expectedProgress(), day, "problems");
            Milestone m = item.addMilestone(what, p.deadline(), expected);
            visits.get(item.getId()).problem(what, p.deadline(), expected, m);
        }
        // The items are managed: the flush persists their new milestones (a save would merge copies of them).
        inspections.saveAndFlush(record);
        visited.values().forEach(i -> judge.judge(i, today));
        return record.getId();
    }

    long meeting(SchedulingForm f, CurrentUser me, LocalDate today) {
        LocalDate day = past(f.heldOn(), "heldOn", today);
        String topic = text(f.topic(), "topic");
        String chair = text(f.chair(), "chair");
        if (chair.length() > 64) {
            throw new FieldException("chair", "validation.length");
        }
        if (f.decisions() == null || f.decisions().isEmpty()) {
            throw new FieldException("decisions", "validation.required");
        }
        SchedulingMeeting record = new SchedulingMeeting(day, topic, chair, me.username(), me.displayName());
        List<SupervisionItem> changed = new ArrayList<>();
        for (SchedulingForm.Decision d : f.decisions()) {
            String what = text(d.text(), "decisions");
            if (d.newItem() != null) {
                if (d.deadline() == null || !d.deadline().isAfter(day)) {
                    throw new FieldException("decisions", "supervision.error.deadlineOutside", what);
                }
                ItemDetails created = supervision.create(newItem(what, day, d.deadline(), d.newItem()));
                record.open(items.findById(created.id()).orElseThrow(), what, d.deadline());
            } else {
                SupervisionItem item = online(d.itemId(), "decisions");
                int expected = expected(item, d.deadline(), d.expectedProgress(), day, "decisions");
                record.decide(item, what, d.deadline(), expected, item.addMilestone(what, d.deadline(), expected));
                changed.add(item);
            }
        }
        meetings.saveAndFlush(record);
        changed.forEach(i -> judge.judge(i, today));
        return record.getId();
    }

    List<ItemRecords.Inspection> inspectionsOf(long itemId) {
        return inspections.visitsOf(itemId).stream().map(v -> new ItemRecords.Inspection(v.getInspection().getId(),
                v.getInspection().getInspectedOn(), v.getInspection().getTeam(), v.getInspection().getSummary(),
                v.getInspection().getRecordedByName(), v.getProblems().stream().map(p -> new ItemRecords.Problem(
                        p.getText(), p.getDeadline(), p.getExpectedProgress(),
                        p.getMilestone() == null ? null : p.getMilestone().getDoneOn(),
                        p.getMilestone() == null ? Light.GREEN : p.getMilestone().getLight())).toList())).toList();
    }

    List<ItemRecords.Decision> decisionsOn(long itemId) {
        return meetings.decisionsOn(itemId).stream().map(d -> new ItemRecords.Decision(d.getMeeting().getId(),
                d.getMeeting().getHeldOn(), d.getMeeting().getTopic(), d.getMeeting().getChair(), d.getText(),
                d.getDeadline(), d.getExpectedProgress(), d.isNewItem())).toList();
    }

    /** A decision's new item: a draft under the 节点任务法 from the meeting day to the deadline, one milestone. */
    private static ItemForm newItem(String title, LocalDate day, LocalDate deadline, SchedulingForm.NewItem n) {
        ItemForm form = new ItemForm();
        form.setTitle(title);
        form.setAspectId(n.aspectId());
        form.setMethod(ControlMethod.MILESTONE);
        form.setLeadUnitId(n.leadUnitId());
        form.setCadreIds(n.cadreIds() == null ? Set.of() : n.cadreIds());
        form.setStartDate(day);
        form.setEndDate(deadline);
        form.setMilestones(List.of(new MilestoneForm(title, deadline, 100)));
        return form;
    }

    private SupervisionItem online(Long id, String field) {
        if (id == null) {
            throw new FieldException(field, "validation.required");
        }
        SupervisionItem item = access.readable(id, items.findForUpdate(id));
        if (item.getStatus() != ItemStatus.ONLINE) {
            throw new FieldException(field, "supervision.error.itemNotOnline", item.getItemNo());
        }
        return item;
    }

    /** The progress due by the deadline: within the item's period, after the record's day, ahead of the item. */
    private static int expected(SupervisionItem item, LocalDate deadline, Integer progress, LocalDate day,
                                String field) {
        if (deadline == null || !deadline.isAfter(day) || deadline.isAfter(item.getEndDate())) {
            throw new FieldException(field, "supervision.error.deadlineOutside", item.getItemNo());
        }
        if (progress == null || progress > 100 || progress <= item.getActualProgress()) {
            throw new FieldException(field, "supervision.error.expectedNotAhead", item.getItemNo(),
                    item.getActualProgress());
        }
        return progress;
    }

    private static LocalDate past(LocalDate day, String field, LocalDate today) {
        if (day == null) {
            throw new FieldException(field, "validation.required");
        }
        if (day.isAfter(today)) {
            throw new FieldException(field, "validation.notFuture");
        }
        return day;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new FieldException(field, "validation.required");
        }
        if (value.strip().length() > TEXT) {
            throw new FieldException(field, "validation.length");
        }
        return value.strip();
    }
}
