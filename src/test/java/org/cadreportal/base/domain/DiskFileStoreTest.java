package org.cadreportal.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cadreportal.base.RecordNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence files kept on disk: read back as written, gone when deleted, and no key can name another path. */
class DiskFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void aStoredFileReadsBackAndIsGoneAfterDelete() throws IOException {
        DiskFileStore store = new DiskFileStore(dir.toString());
        byte[] content = "%PDF-1.4 佐证".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String key = store.put(content);
        assertThat(key).startsWith("disk:");
        assertThat(store.get(key)).isEqualTo(content);
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(1);
        }
        store.delete(key);
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aKeyThatIsNotOneOfItsOwnIsRefusedBeforeTheDiskIsTouched() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "x");
        DiskFileStore store = new DiskFileStore(dir.resolve("files").toString());
        assertThatThrownBy(() -> store.get("disk:../secret.txt")).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> store.get("db:1")).isInstanceOf(RecordNotFoundException.class);
    }
}
