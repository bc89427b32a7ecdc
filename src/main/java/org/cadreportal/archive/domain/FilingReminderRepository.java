package org.cadreportal.archive.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FilingReminderRepository extends JpaRepository<FilingReminder, FilingReminder.Key> {
}
