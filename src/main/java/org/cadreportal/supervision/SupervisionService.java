package org.cadreportal.supervision;

import jakarta.validation.Valid;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.cadreportal.base.StoredFile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * 大督办. Items are read within the user's scope by their lead unit; a responsible cadre sees and reports
 * on their own items. Lights are recomputed on every report and by the daily job.
 */
public interface SupervisionService {

    Page<ItemRow> page(ItemFilter filter, Pageable pageable);

    long count(ItemFilter filter);

    /** The items the signed-in cadre is responsible for. */
    Page<ItemRow> myItems(Pageable pageable);

    long countMyItems();

    ItemDetails get(long id);

    ItemDetails create(@Valid ItemForm form);

    ItemDetails update(long id, int version, @Valid ItemForm form);

    /** 审核上线: a draft goes online; its lights count from today. */
    ItemDetails approveOnline(long id, int version);

    /** 销号: an online item is closed and becomes read-only. */
    ItemDetails close(long id, int version);

    ItemDetails reportProgress(long id, ProgressForm form);

    ItemDetails recordInterview(long itemId, long escalationId, int version, InterviewForm form);

    /** Active aspects, for pickers and filters. */
    List<AspectRow> aspects();

    /** Every section and aspect, offered or not, for the administrator. */
    List<AspectRow> allAspects();

    AspectRow saveAspect(long id, int version, @Valid org.cadreportal.base.ListEntryForm form);

    void saveSection(long id, int version, @Valid org.cadreportal.base.ListEntryForm form);

    LightSettings settings();

    LightSettings saveSettings(@Valid LightSettings settings);

    SupervisionFigures figures(LocalDate from, LocalDate to, Long unitId);

    void exportExcel(ItemFilter filter, OutputStream out);

    StoredFile attachment(long itemId, long attachmentId);
}
