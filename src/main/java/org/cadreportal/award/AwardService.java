package org.cadreportal.award;

import jakarta.validation.Valid;
import java.io.OutputStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 记功奖励 and 公开批评. Clerks record, correct and delete them; administrators, clerks, committee members and
 * discipline officers read them. Everything is limited to the user's unit subtree: another unit's record
 * is reported as missing. A change names the version it was made on and is refused when someone saved
 * first.
 */
public interface AwardService {

    Page<AwardRow> page(AwardFilter filter, Pageable pageable);

    long count(AwardFilter filter);

    AwardRow get(long id);

    AwardRow create(@Valid AwardForm form);

    AwardRow update(long id, int version, @Valid AwardForm form);

    void delete(long id, int version);

    void exportExcel(AwardFilter filter, OutputStream out);
}
