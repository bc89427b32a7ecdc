package org.cadreportal.cadre;

import java.util.List;

/**
 * The outcome of an LRMX import (one {@code .lrmx} file or a zip of many): either every cadre in it was
 * saved (counts: new cadres, changed ones, and files that said what the registry already holds) or none
 * was, and every bad file and field is listed with the reason.
 *
 * @param errors each with the file's name (for a zip, the entry's name), the LRMX element that is wrong
 *               (empty when the whole file is; {@code JiaTingChengYuan/Item[2]/XingMing} for a family
 *               member's field) and a message key with its arguments
 */
public record LrmxImportResult(int added, int updated, int unchanged, List<FileError> errors) {

    public boolean saved() {
        return errors.isEmpty();
    }

    public record FileError(String file, String element, String messageKey, List<Object> args) {
    }
}
