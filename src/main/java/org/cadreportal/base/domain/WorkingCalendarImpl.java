package org.cadreportal.base.domain;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.CalendarDayRow;
import org.cadreportal.base.DayKind;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.RecordNotFoundException;
import org.cadreportal.base.StaleDataException;
import org.cadreportal.base.WorkingCalendar;
import org.cadreportal.base.WorkingDays;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
@RequiredArgsConstructor
class WorkingCalendarImpl implements WorkingCalendar {

    private final CalendarDayRepository days;

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public WorkingDays around(LocalDate from) {
        // A year and a half on either side covers any deadline of a few dozen working days and any
        // countdown a list shows for cases found a year ago.
        return new WorkingDays(days.findByDayBetweenOrderByDay(from.minusMonths(18), from.plusMonths(18)).stream()
                .collect(Collectors.toMap(CalendarDay::getDay, CalendarDay::getKind)));
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public LocalDate plusWorkingDays(LocalDate start, int count) {
        return around(start).plus(start, count);
    }

    @Override
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public List<CalendarDayRow> days(int year) {
        return days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(WorkingCalendarImpl::row).toList();
    }

    @Override
    @RolesAllowed("ADMIN")
    public CalendarDayRow save(LocalDate day, Integer version, DayKind kind, String name) {
        if (day == null) {
            throw new FieldException("day", "validation.required");
        }
        if (day.getYear() < 2000 || day.getYear() > 2100) {
            throw new FieldException("day", "calendar.error.year");
        }
        if (kind == null) {
            throw new FieldException("kind", "validation.required");
        }
        String text = name == null ? "" : name.strip();
        if (text.isEmpty()) {
            throw new FieldException("name", "validation.required");
        }
        if (text.length() > 50) {
            throw new FieldException("name", "validation.tooLong", 50);
        }
        CalendarDay entry;
        if (version == null) {
            if (days.existsById(day)) {
                throw new FieldException("day", "calendar.error.exists");
            }
            entry = new CalendarDay(day, kind, text);
        } else {
            entry = days.findById(day).orElseThrow(RecordNotFoundException::new);
            if (version == null || entry.getVersion() != version) {
                throw new StaleDataException();
            }
            entry.set(kind, text);
        }
        try {
            return row(days.saveAndFlush(entry));
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    @Override
    @RolesAllowed("ADMIN")
    public void delete(LocalDate day, int version) {
        CalendarDay entry = days.findById(day).orElseThrow(RecordNotFoundException::new);
        if (entry.getVersion() != version) {
            throw new StaleDataException();
        }
        // Flushed here so that a concurrent change or deletion is a stale-data refusal, not a failed commit.
        try {
            days.delete(entry);
            days.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleDataException();
        }
    }

    private static CalendarDayRow row(CalendarDay d) {
        return new CalendarDayRow(d.getDay(), d.getVersion(), d.getKind(), d.getName());
    }
}
