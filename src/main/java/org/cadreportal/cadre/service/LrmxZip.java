package org.cadreportal.cadre.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cadreportal.cadre.LrmxImportResult.FileError;

/**
 * Unpacks a zip of LRMX files in memory, one entry at a time, never onto disk. Sizes are counted as the
 * bytes come out, not taken from the entry headers (which a zip bomb fakes): an entry over
 * {@link Lrmx#MAX_FILE_BYTES}, more than {@link Lrmx#MAX_ZIP_ENTRIES} entries or more than
 * {@link Lrmx#MAX_ZIP_TOTAL_BYTES} in all stops the reading, and the import with it. Entry names that
 * climb out of the archive (zip-slip: {@code ..}, an absolute path, a drive) or carry control characters
 * are refused, as is any entry that is not a {@code .lrmx} file; folders and the {@code __MACOSX} folder
 * that macOS adds are passed over. Names without the UTF-8 flag are read as GB18030, as Chinese Windows
 * writes them.
 */
final class LrmxZip {

    static final byte[] MAGIC = {'P', 'K', 3, 4};
    private static final Charset LEGACY_NAMES = Charset.forName("GB18030");
    private static final int CHUNK = 8192;

    private LrmxZip() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= MAGIC.length && content[0] == MAGIC[0] && content[1] == MAGIC[1]
                && content[2] == MAGIC[2] && content[3] == MAGIC[3];
    }

    /**
     * Hands each {@code .lrmx} entry to {@code each} as it is unpacked and returns what was wrong with the
     * zip itself or its entries' names; after a limit is passed nothing more is read.
     */
    static List<FileError> read(String zipName, byte[] zip, BiConsumer<String, byte[]> each) {
        List<FileError> errors = new ArrayList<>();
        if (zip.length > Lrmx.MAX_ZIP_BYTES) {
            errors.add(new FileError(zipName, "", "lrmx.error.zipTooBig", List.of(Lrmx.MAX_ZIP_BYTES / 1024 / 1024)));
            return errors;
        }
        int entries = 0;
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), LEGACY_NAMES)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (++entries > Lrmx.MAX_ZIP_ENTRIES) {
                    errors.add(new FileError(zipName, "", "lrmx.error.zipEntries", List.of(Lrmx.MAX_ZIP_ENTRIES)));
                    return errors;
                }
                if (!safeName(name)) {
                    errors.add(new FileError(shown(name), "", "lrmx.error.zipName", List.of()));
                    continue;
                }
                if (entry.isDirectory() || name.startsWith("__MACOSX/")) {
                    continue;
                }
                if (!name.toLowerCase(Locale.ROOT).endsWith(".lrmx")) {
                    errors.add(new FileError(name, "", "lrmx.error.notLrmx", List.of()));
                    continue;
                }
                byte[] content = readAtMost(in, Math.min(Lrmx.MAX_FILE_BYTES, Lrmx.MAX_ZIP_TOTAL_BYTES - total));
                if (content == null) {
                    boolean fileLimit = Lrmx.MAX_ZIP_TOTAL_BYTES - total > Lrmx.MAX_FILE_BYTES;
                    errors.add(fileLimit
                            ? new FileError(name, "", "lrmx.error.fileTooBig", List.of(Lrmx.MAX_FILE_BYTES / 1024 / 1024))
                            : new FileError(zipName, "", "lrmx.error.zipTotal",
                                    List.of(Lrmx.MAX_ZIP_TOTAL_BYTES / 1024 / 1024)));
                    return errors;
                }
                total += content.length;
                each.accept(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            errors.add(new FileError(zipName, "", "lrmx.error.zip", List.of()));
        }
        if (entries == 0) {
            errors.add(new FileError(zipName, "", "lrmx.error.zipEmpty", List.of()));
        }
        return errors;
    }

    /** A relative path inside the archive, without a way up, a drive or control characters. */
    static boolean safeName(String name) {
        if (name.isEmpty() || name.length() > 500 || name.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT)) {
            return false;
        }
        String path = name.replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || path.contains(":")) {
            return false;
        }
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String shown(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> out.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT ? '\uFFFD' : c));
        return out.toString();
    }

    /** The entry's bytes, or null as soon as there are more than {@code limit}. */
    private static byte[] readAtMost(ZipInputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long read = 0;
        for (int n = in.read(chunk); n != -1; n = in.read(chunk)) {
            read += n;
            if (read > limit) {
                return null;
            }
            out.write(chunk, 0, n);
        }
        return out.toByteArray();
    }
}
