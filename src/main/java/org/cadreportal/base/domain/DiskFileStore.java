package org.cadreportal.base.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.cadreportal.base.FileStore;
import org.cadreportal.base.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * File contents as files under {@code portal.files.dir} (a shared volume when several nodes run). A
 * key is a random name, so nothing a user typed ever becomes part of a path.
 */
@Component
@ConditionalOnExpression("'${portal.files.dir:}' != ''")
class DiskFileStore implements FileStore {

    private final Path root;

    DiskFileStore(@Value("${portal.files.dir}") String dir) throws IOException {
        this.root = Files.createDirectories(Path.of(dir)).toRealPath();
    }

    @Override
    public String put(byte[] content) {
        String name = UUID.randomUUID().toString();
        try {
            Files.write(root.resolve(name), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "disk:" + name;
    }

    @Override
    public byte[] get(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (NoSuchFileException e) {
            throw new RecordNotFoundException();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        if (key == null || !key.startsWith("disk:")) {
            throw new RecordNotFoundException();
        }
        // A key is a UUID; anything else (a path, "..") is refused before touching the disk.
        try {
            return root.resolve(UUID.fromString(key.substring(5)).toString());
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException();
        }
    }
}
