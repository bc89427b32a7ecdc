package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Attachments are recognised by their content, not trusted by their name. */
class FileKindsTest {

    private static final byte[] PDF = "%PDF-1.7\n...".getBytes();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0};

    @Test
    void aFileWhoseContentMatchesItsNameIsAccepted() {
        assertThat(FileKinds.contentType("决定.pdf", PDF)).contains("application/pdf");
        assertThat(FileKinds.contentType("照片.PNG", PNG)).contains("image/png");
    }

    @Test
    void aProgramRenamedToPdfOrAnImageRenamedToWordIsRefused() {
        assertThat(FileKinds.contentType("决定.pdf", EXE)).isEmpty();
        assertThat(FileKinds.contentType("报告.docx", PNG)).isEmpty();
        assertThat(FileKinds.contentType("无扩展名", PDF)).isEmpty();
        assertThat(FileKinds.contentType("脚本.js", PDF)).isEmpty();
    }
}
