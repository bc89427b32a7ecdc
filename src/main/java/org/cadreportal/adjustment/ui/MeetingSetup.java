package org.cadreportal.adjustment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cadreportal.adjustment.Absence;
import org.cadreportal.adjustment.AdjustmentService;
import org.cadreportal.adjustment.CaseDetails;
import org.cadreportal.adjustment.MeetingDuty;
import org.cadreportal.adjustment.MeetingForm;
import org.cadreportal.adjustment.SeatRow;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.ui.FieldErrors;
import org.cadreportal.security.UserDirectory;

/**
 * Setting up 讨论决定 (chair and recorder only, until the first vote): the date, the members entitled to attend,
 * each present by default or absent with a reason (请假/公出), the chair (by default the member with the chair
 * flag) and the recorder.
 */
class MeetingSetup extends Div {

    private static final String PRESENT = "PRESENT";

    MeetingSetup(AdjustmentService cases, CaseDetails c, Function<Supplier<CaseDetails>, Boolean> move) {
        addClassName("portal-meeting-setup");
        CaseDetails.Meeting meeting = c.steps().meeting();
        List<UserDirectory.Member> members = cases.committeeMembers(c.id());
        Map<String, String> names = members.stream().collect(Collectors.toMap(UserDirectory.Member::username,
                UserDirectory.Member::displayName, (a, b) -> a, LinkedHashMap::new));
        List<String> usernames = names.keySet().stream().sorted().toList();
        Map<String, SeatRow> seats = meeting.seats().stream().collect(Collectors.toMap(SeatRow::username, s -> s));

        DatePicker date = new DatePicker(getTranslation("adjustment.field.meetingDate"));
        date.setId("meeting-date");
        date.setValue(meeting.date());
        CheckboxGroup<String> entitled = new CheckboxGroup<>(getTranslation("adjustment.field.entitled"));
        entitled.setId("meeting-entitled");
        entitled.setItems(usernames);
        entitled.setItemLabelGenerator(names::get);
        entitled.setValue(seats.isEmpty() ? names.keySet() : seats.keySet());

        // Everyone entitled is present unless marked absent, with the reason the minutes record.
        Div attendance = new Div();
        attendance.setId("meeting-attendance");
        attendance.addClassName("portal-meeting-attendance");
        Map<String, Select<String>> presence = new LinkedHashMap<>();
        for (String u : usernames) {
            Select<String> s = new Select<>();
            s.setLabel(names.get(u));
            s.setId("attendance-" + u);
            s.setItems(PRESENT, Absence.LEAVE.name(), Absence.OFFICIAL_TRIP.name());
            s.setItemLabelGenerator(v -> PRESENT.equals(v) ? getTranslation("adjustment.seat.present")
                    : getTranslation(Absence.valueOf(v).labelKey()));
            SeatRow seat = seats.get(u);
            s.setValue(seat == null || seat.absence() == null ? PRESENT : seat.absence().name());
            s.setVisible(entitled.getValue().contains(u));
            presence.put(u, s);
            attendance.add(s);
        }
        entitled.addValueChangeListener(e -> presence.forEach((u, s) -> s.setVisible(e.getValue().contains(u))));

        String defaultChair = meeting.seatOf(MeetingDuty.CHAIR).map(SeatRow::username)
                .orElseGet(() -> members.stream().filter(UserDirectory.Member::chair).map(UserDirectory.Member::username)
                        .findFirst().orElse(null));
        Select<String> chair = memberSelect("meeting-chair-select", "adjustment.field.chair", usernames, names);
        chair.setValue(defaultChair);
        Select<String> recorder = memberSelect("meeting-recorder-select", "adjustment.field.recorder", usernames, names);
        recorder.setEmptySelectionAllowed(true);
        recorder.setEmptySelectionCaption(getTranslation("adjustment.field.noRecorder"));
        recorder.setValue(meeting.seatOf(MeetingDuty.RECORDER).map(SeatRow::username).orElse(null));

        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("meetingDate", date);
        fields.put("entitled", entitled);
        fields.put("chair", chair);
        fields.put("recorder", recorder);
        Button save = new Button(getTranslation("adjustment.action.saveMeeting"), e -> {
            FieldErrors.clear(fields);
            Map<String, Absence> absent = new HashMap<>();
            presence.forEach((u, s) -> Optional.ofNullable(s.getValue()).filter(v -> !PRESENT.equals(v))
                    .filter(v -> entitled.getValue().contains(u)).ifPresent(v -> absent.put(u, Absence.valueOf(v))));
            MeetingForm form = new MeetingForm(date.getValue(), entitled.getValue(), absent, chair.getValue(),
                    recorder.getValue());
            try {
                move.apply(() -> cases.setUpMeeting(c.id(), c.version(), form));
            } catch (FieldException ex) {
                FieldErrors.show(ex, fields);
            }
        });
        save.setId("meeting-save");
        add(date, entitled, attendance, chair, recorder, save);
    }

    private Select<String> memberSelect(String id, String labelKey, List<String> usernames, Map<String, String> names) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(usernames);
        select.setItemLabelGenerator(u -> u == null ? "" : names.getOrDefault(u, u));
        return select;
    }
}
