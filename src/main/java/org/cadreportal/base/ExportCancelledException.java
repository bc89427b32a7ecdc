package org.cadreportal.base;

/** The user cancelled an export before it finished; nothing is delivered. */
public class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super("Export cancelled");
    }
}
