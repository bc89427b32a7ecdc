package org.cadreportal.cadre.service;

import java.util.List;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.service.FormText.Line;
import org.cadreportal.cadre.service.FormText.Para;

/**
 * The 干部任免审批表 laid out once, as a grid of boxes with their text already fitted, so that the PDF and
 * the Word file are two drawings of the same sheet: same columns, same row heights, same merges, same font
 * sizes, same 续页.
 */
final class FormSheet {

    private FormSheet() {
    }

    enum VAlign { TOP, MIDDLE, BOTTOM }

    /**
     * One box of the grid: it starts at column {@code col}, spans {@code colspan} columns and {@code rowspan}
     * rows, and shows {@code lines} at {@code size} (or the photo, which may be null for an empty photo box).
     */
    record Box(int col, int colspan, int rowspan, float size, List<Line> lines, VAlign valign,
               AppointmentRecord.Photo photo) {
    }

    /** A row of the grid: its height in points and the boxes that start in it. */
    record Row(float height, List<Box> boxes) {
    }

    /** One page's table: column widths in points (they add up to the table's width) and its rows. */
    record Page(float[] widths, List<Row> rows) {
        float width() {
            float sum = 0;
            for (float w : widths) {
                sum += w;
            }
            return sum;
        }
    }

    /** What a box could not hold, under the box's label, for the 续页. */
    record Continued(String label, List<Para> paras) {
    }

    /**
     * The whole form: the title, page 1 and page 2, the line under page 2 (填表人, 填表时间), and the 续页
     * ({@code continued} empty when everything fitted), headed by its title and the cadre's name.
     */
    record Form(String title, Page first, Page second, String footer, String continuedTitle, String nameLine,
                List<Continued> continued) {
    }
}
