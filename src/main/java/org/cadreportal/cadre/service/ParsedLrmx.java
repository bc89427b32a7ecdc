package org.cadreportal.cadre.service;

import java.util.List;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.LrmxImportResult.FileError;

/**
 * One LRMX file as read: the person (without a cadre id; null when the file could not be read as LRMX
 * at all) and every problem found, each naming the file and the element.
 */
record ParsedLrmx(String file, AppointmentRecord person, List<FileError> errors) {

    boolean ok() {
        return person != null && errors.isEmpty();
    }
}
