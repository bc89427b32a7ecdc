package org.cadreportal.base;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Accepted attachment files, recognised by their content and not only their name: a PDF, an image or
 * an Office document whose first bytes match its extension, under a name that is safe to send back in
 * a download header. Anything else is refused.
 */
public final class FileKinds {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private record Kind(byte[] magic, String contentType) {
    }

    private static final Map<String, Kind> BY_EXTENSION = Map.of(
            "pdf", new Kind(PDF, "application/pdf"),
            "png", new Kind(PNG, "image/png"),
            "jpg", new Kind(JPEG, "image/jpeg"),
            "jpeg", new Kind(JPEG, "image/jpeg"),
            "docx", new Kind(ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", new Kind(ZIP, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "pptx", new Kind(ZIP, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            "doc", new Kind(OLE, "application/msword"),
            "xls", new Kind(OLE, "application/vnd.ms-excel"),
            "ppt", new Kind(OLE, "application/vnd.ms-powerpoint"));

    /** File extensions an upload field may offer. */
    public static final String[] EXTENSIONS = {".pdf", ".png", ".jpg", ".jpeg", ".docx", ".xlsx", ".pptx", ".doc",
            ".xls", ".ppt"};

    private FileKinds() {
    }

    /** The most files one step or one report may carry. */
    public static final int MAX_FILES = 10;

    /** The longest file name kept with an attachment (the tables' column). */
    public static final int MAX_NAME = 200;

    /**
     * Checks a set of uploaded files and returns each one's content type, refusing on {@code field}
     * too many files, a name too long to keep, a file too large, or one whose content is not what its
     * name says.
     */
    public static java.util.List<String> accept(java.util.List<String> fileNames, java.util.List<byte[]> contents,
                                                String field) {
        if (fileNames.size() > MAX_FILES) {
            throw new FieldException(field, "workflow.error.tooManyFiles", MAX_FILES);
        }
        java.util.List<String> types = new java.util.ArrayList<>();
        for (int i = 0; i < fileNames.size(); i++) {
            String name = fileNames.get(i);
            checkName(name, field);
            if (contents.get(i) == null || contents.get(i).length > MAX_BYTES) {
                throw new FieldException(field, "workflow.error.fileTooBig", name);
            }
            types.add(contentType(name, contents.get(i))
                    .orElseThrow(() -> new FieldException(field, "workflow.error.fileType", name)));
        }
        return types;
    }

    /**
     * Checks a file name as a whole before it is stored: not empty or too long, none of the characters
     * that let a name break out of a download header or a path, or hide its real end (quotes,
     * semicolons, slashes, control and direction marks), and a real base name before an extension from
     * the list. Dots inside the base name stay allowed ({@code 方案v1.2.pdf}): with those characters gone,
     * the last extension is the one every browser saves the file under.
     */
    public static void checkName(String name, String field) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new FieldException(field, "workflow.error.fileName", MAX_NAME);
        }
        if (name.codePoints().anyMatch(FileNames::unsafe)) {
            throw new FieldException(field, "workflow.error.fileNameChars", shown(name));
        }
        if (!name.strip().equals(name)) {
            throw new FieldException(field, "workflow.error.fileNameShape", name);
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !BY_EXTENSION.containsKey(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            throw new FieldException(field, "workflow.error.fileType", name);
        }
        String base = name.substring(0, dot);
        if (base.isBlank() || base.endsWith(".") || !base.strip().equals(base)) {
            throw new FieldException(field, "workflow.error.fileNameShape", name);
        }
    }

    /** The name as a message may show it: each invisible character a visible mark. */
    private static String shown(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '\uFFFD' : c));
        return out.toString();
    }

    /** The content type of an accepted file, or empty when its name and content do not make one. */
    public static Optional<String> contentType(String fileName, byte[] content) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        if (dot < 0 || content == null) {
            return Optional.empty();
        }
        Kind kind = BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (kind == null || !startsWith(content, kind.magic())) {
            return Optional.empty();
        }
        return Optional.of(kind.contentType());
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
