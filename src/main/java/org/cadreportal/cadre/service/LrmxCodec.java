package org.cadreportal.cadre.service;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.LrmxImportResult.FileError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * LRMX in and out: a record written as a file, and an upload (one {@code .lrmx} file or a zip of them)
 * read into persons and the problems found, each naming its file and element. Nothing here touches the
 * registry; {@link LrmxExchangeImpl} decides what is saved.
 */
@Component
class LrmxCodec {

    /** An upload as read: every file that could be read, and every problem with any file. */
    record Upload(List<ParsedLrmx> files, List<FileError> errors) {
    }

    private final LrmxWriter writer;
    private final LrmxReader reader;

    LrmxCodec(MessageSource messages) {
        LrmxWords words = new LrmxWords(messages);
        this.writer = new LrmxWriter(words);
        this.reader = new LrmxReader(words);
    }

    void write(AppointmentRecord record, OutputStream out) {
        writer.write(record, out);
    }

    byte[] write(AppointmentRecord record) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(record, out);
        return out.toByteArray();
    }

    ParsedLrmx read(String file, byte[] content) {
        return reader.read(file, content);
    }

    /** A zip (known by its content) or a single file; two files for one identity number are an error. */
    Upload readUpload(String fileName, byte[] content) {
        List<ParsedLrmx> files = new ArrayList<>();
        List<FileError> errors = new ArrayList<>();
        if (LrmxZip.isZip(content)) {
            errors.addAll(LrmxZip.read(fileName, content, (name, bytes) -> files.add(reader.read(name, bytes))));
        } else {
            files.add(reader.read(fileName, content));
        }
        Map<String, String> fileById = new HashMap<>();
        for (ParsedLrmx f : files) {
            errors.addAll(f.errors());
            if (f.person() != null && !f.person().idNumber().isEmpty()) {
                String first = fileById.putIfAbsent(f.person().idNumber(), f.file());
                if (first != null) {
                    errors.add(new FileError(f.file(), Lrmx.ID_NUMBER, "lrmx.error.duplicateId", List.of(first)));
                }
            }
        }
        return new Upload(files, errors);
    }
}
