package org.cadreportal.assessment;

import java.io.OutputStream;
import org.cadreportal.base.ExportProgress;

/**
 * 政绩考核 results on paper and in Excel, always in Chinese like the office's own forms, and only within the
 * user's scope: a unit outside it is not found, exactly as its result page.
 */
public interface AssessmentExports {

    /**
     * A group's ranking as one Excel sheet: every unit of the group in the user's scope, best first, with its
     * rank, total, 等次, 一票否决 and the subtotal of each dimension.
     */
    void writeRanking(long planId, long groupId, OutputStream out, ExportProgress progress);

    /** A unit's result sheet as Excel: the result above, then every indicator's line with its explanation. */
    void writeSheet(long planId, long unitId, OutputStream out);

    /** The same result sheet printed on A4 (PDF with the CJK font). */
    void printSheet(long planId, long unitId, OutputStream out);
}
