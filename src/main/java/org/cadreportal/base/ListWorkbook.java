package org.cadreportal.base;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A list page as one Excel sheet, in its grid's columns and in Chinese, like the department's own lists: the
 * sheet's name and headings are translation keys, and a list says only what its cells hold.
 */
public abstract class ListWorkbook<R> {

    private static final Locale SHEET = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final String sheetKey;
    private final List<String> columnKeys;

    protected ListWorkbook(MessageSource messages, String sheetKey, List<String> columnKeys) {
        this.messages = messages;
        this.sheetKey = sheetKey;
        this.columnKeys = List.copyOf(columnKeys);
    }

    /** Streams the rows {@code source} pages to {@code out}. */
    public void write(Function<Pageable, Page<R>> source, OutputStream out) {
        ExcelExport.write(label(sheetKey), columnKeys.stream().map(this::label).toList(), source, this::cells, out);
    }

    /** One row's cells, in the columns' order. */
    protected abstract List<String> cells(R row);

    /** The text of a translation key as the sheet shows it. */
    protected final String label(String key) {
        return messages.getMessage(key, null, SHEET);
    }
}
