package org.cadreportal.cadre;

import jakarta.validation.Valid;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.audit.HistoryEntry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The cadre registry. Every read and write is limited to the acting user's data scope; a cadre
 * outside it is reported as missing.
 */
public interface CadreService {

    /** The largest roster workbook an import reads (the upload field offers the same limit). */
    long ROSTER_MAX_BYTES = 5L * 1024 * 1024;

    Page<CadreRow> page(CadreFilter filter, Pageable pageable);

    long count(CadreFilter filter);

    CadreDetails get(long id);

    /** The cadre's page as a user opens it: {@link #get}, with the read in the access log. */
    CadreDetails open(long id);

    CadreDetails create(@Valid CadreForm form);

    /** Saves the profile if nobody saved it since {@code version}; a move of unit, post or rank starts a career entry. */
    CadreDetails update(long id, int version, @Valid CadreForm form);

    void retire(long id, int version, LocalDate on, String reason);

    /** Applies a post and rank change that a case decided, opening a career entry that names the case. */
    void applyAdjustment(long id, CadreAdjustment change);

    List<CareerRow> career(long id);

    /** The cadre's timeline from every {@link TimelineSource}, newest first. */
    List<TimelineEntry> timeline(long id);

    List<HistoryEntry> history(long id);

    /**
     * The cadre's portrait (干部画像) from every {@link PortraitSource}, texts in {@code locale}: only the
     * sections whose records the user may open; the read goes to the access log.
     */
    CadrePortrait portrait(long id, java.util.Locale locale);

    /**
     * The cadre's 干部任免审批表 as this reader may see it: personal data (identity number, family) only for
     * a role allowed it, that read logged; 奖惩 from the award feature; grades as recorded. The case parts
     * (拟任, 拟免, 任免理由, 呈报单位) are empty: a 能上能下 case fills them for its cadre.
     */
    AppointmentRecord appointmentRecord(long id);

    /** Every column the roster template and the export share, in order. */
    void writeTemplate(OutputStream out);

    void exportExcel(CadreFilter filter, OutputStream out);

    RosterImportResult importRoster(InputStream xlsx);
}
