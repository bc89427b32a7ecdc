package org.cadreportal.audit.domain;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Insert and read only: the log has no update or delete. */
public interface AccessLogRepository extends Repository<AccessLogEntry, Long>, JpaSpecificationExecutor<AccessLogEntry> {

    AccessLogEntry save(AccessLogEntry entry);
}
