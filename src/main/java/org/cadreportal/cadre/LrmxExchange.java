package org.cadreportal.cadre;

import java.io.OutputStream;

/**
 * LRMX, the file of the 干部任免审批表 editor that 组织部 exchange cadres' forms in: a cadre (or a 能上能下
 * case's record) written as {@code .lrmx}, and {@code .lrmx} files or a zip of them read into the registry.
 * An import is all or nothing: every file and field is checked first, each bad one listed with its reason,
 * and only a clean upload is saved, in one transaction. A file finds its cadre by 身份证号 within the
 * clerk's scope; an update keeps the cadre's unit, post and rank, a new cadre goes to the unit the clerk
 * chose (in scope). Every export is in the access log: the file carries personal data.
 */
public interface LrmxExchange {

    /** The largest upload taken (a zip of many files; one file may have at most 5 MB). */
    long MAX_UPLOAD_BYTES = 50L * 1024 * 1024;

    /** The cadre's 任免审批表 as LRMX, with what this reader may see of personal data. */
    void exportCadre(long cadreId, OutputStream out);

    /** A record built elsewhere (a case's, with its 拟任, 拟免, 任免理由 and 呈报单位) written as LRMX. */
    void write(AppointmentRecord record, OutputStream out);

    /** The download name of a record's file: the cadre's name and {@code .lrmx}. */
    static String fileName(AppointmentRecord record) {
        String name = record.name() == null || record.name().isBlank() ? "cadre" : record.name();
        return name + ".lrmx";
    }

    /**
     * Reads one {@code .lrmx} file or a zip of them and, if nothing in it is wrong, creates or updates
     * the cadres; otherwise saves nothing and lists every problem.
     *
     * @param newCadres where new cadres go and what they are; only needed when the upload has any
     */
    LrmxImportResult importFiles(String fileName, byte[] content, NewCadres newCadres);

    /** What an LRMX file does not say about a cadre the registry does not have yet. */
    record NewCadres(Long unitId, CadreRank rank, ManagementLevel level, CadreCategory category) {

        public static final NewCadres NONE = new NewCadres(null, null, null, null);
    }
}
