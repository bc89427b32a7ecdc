package org.cadreportal.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Hostile files: executables under office names, oversized uploads, broken and macro-laden workbooks. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** The start of a Windows executable (the "MZ" DOS header and stub), padded to a plausible size. */
    static byte[] windowsExecutable() {
        byte[] pe = new byte[4096];
        byte[] head = "MZ\u0090\u0000\u0003\u0000\u0000\u0000This program cannot be run in DOS mode.\r\n$"
                .getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, pe, 0, head.length);
        pe[0x3C] = (byte) 0x80;
        pe[0x80] = 'P';
        pe[0x81] = 'E';
        return pe;
    }

    static byte[] smallPdf() {
        return "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A "PDF" one byte over {@code limit}: right magic, wrong size. */
    static byte[] pdfOf(long limit) {
        byte[] big = new byte[Math.toIntExact(limit + 1)];
        Arrays.fill(big, (byte) ' ');
        byte[] head = smallPdf();
        System.arraycopy(head, 0, big, 0, head.length);
        return big;
    }

    /** The roster template with these rows typed in, as a clerk would in Excel. */
    static byte[] roster(byte[] template, List<String[]> rows) {
        return typedIn(template, rows, true);
    }

    /** The same rows, with the header row taken out (data starts on the first line). */
    static byte[] withoutHeader(byte[] template, List<String[]> rows) {
        return typedIn(template, rows, false);
    }

    private static byte[] typedIn(byte[] template, List<String[]> rows, boolean keepHeader) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            if (!keepHeader) {
                sheet.removeRow(sheet.getRow(0));
            }
            int r = keepHeader ? 1 : 0;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] workbookWithoutSheets() {
        try (Workbook wb = new XSSFWorkbook()) {
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .xlsm (macro workbook with a VBA project) saved under an .xlsx name. */
    static byte[] macroWorkbook(byte[] xlsx) {
        return rewrite(xlsx, (name, content) -> switch (name) {
            case "[Content_Types].xml" -> new String(content, StandardCharsets.UTF_8)
                    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                            "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                    .replace("</Types>",
                            "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8);
            case "xl/_rels/workbook.xml.rels" -> new String(content, StandardCharsets.UTF_8)
                    .replace("</Relationships>", "<Relationship Id=\"rIdVba\" "
                            + "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" "
                            + "Target=\"vbaProject.bin\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8);
            default -> content;
        }, "xl/vbaProject.bin", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0, 0, 0, 0, 'A', 't', 't', 'r', 'i', 'b', 'u', 't', ' ', 'V', 'B', '_', 'N', 'a', 'm',
            'e'});
    }

    /** A workbook whose sheet swells to many megabytes of nothing when unpacked. */
    static byte[] zipBomb(byte[] xlsx) {
        byte[] padding = new byte[40 * 1024 * 1024];
        Arrays.fill(padding, (byte) ' ');
        return rewrite(xlsx, (name, content) -> {
            if (!name.startsWith("xl/worksheets/sheet")) {
                return content;
            }
            String xml = new String(content, StandardCharsets.UTF_8);
            int afterDeclaration = xml.indexOf("?>") + 2;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(xml.substring(0, afterDeclaration).getBytes(StandardCharsets.UTF_8));
            out.writeBytes(padding);
            out.writeBytes(xml.substring(afterDeclaration).getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }, null, null);
    }

    static byte[] truncated(byte[] xlsx) {
        return Arrays.copyOf(xlsx, xlsx.length / 2);
    }

    interface Edit {
        byte[] apply(String name, byte[] content);
    }

    private static byte[] rewrite(byte[] zip, Edit edit, String extraName, byte[] extra) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = edit.apply(e.getName(), in.readAllBytes());
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
            if (extraName != null) {
                z.putNextEntry(new ZipEntry(extraName));
                z.write(extra);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
