package org.cadreportal.base;

/** Told how far a long export has come; answering false asks it to stop. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> true;

    boolean proceed(long done, long total);
}
