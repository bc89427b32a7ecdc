package org.cadreportal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

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

    private static String refusal(String name) {
        try {
            FileKinds.accept(List.of(name), List.of(PDF), "attachments");
            return "accepted";
        } catch (FieldException e) {
            return e.messageKey();
        }
    }

    @Test
    void aNameThatWouldBreakOutOfTheDownloadHeaderIsRefused() {
        assertThat(refusal("evidence.cmd\"; x=\".pdf")).isEqualTo("workflow.error.fileNameChars");
        assertThat(refusal("evidence.html\";.pdf")).isEqualTo("workflow.error.fileNameChars");
        assertThat(refusal("../../etc/passwd.pdf")).isEqualTo("workflow.error.fileNameChars");
        assertThat(refusal("a\\b.pdf")).isEqualTo("workflow.error.fileNameChars");
        assertThat(refusal("报告\r\nX-Evil: 1.pdf")).isEqualTo("workflow.error.fileNameChars");
        assertThat(refusal("成果\u0000.pdf")).isEqualTo("workflow.error.fileNameChars");
        // A right-to-left override shows "evilfdp.exe" as "evilexe.pdf".
        assertThat(refusal("evil\u202Efdp.exe.pdf")).isEqualTo("workflow.error.fileNameChars");
    }

    @Test
    void aNameMustEndInAnAcceptedExtensionAfterARealBaseName() {
        assertThat(refusal("evidence.pdf.")).isEqualTo("workflow.error.fileType");
        assertThat(refusal("evidence..pdf")).isEqualTo("workflow.error.fileNameShape");
        assertThat(refusal(".pdf")).isEqualTo("workflow.error.fileNameShape");
        assertThat(refusal("  .pdf")).isEqualTo("workflow.error.fileNameShape");
        assertThat(refusal("报告.pdf ")).isEqualTo("workflow.error.fileNameShape");
        assertThat(refusal("报告")).isEqualTo("workflow.error.fileType");
        assertThat(refusal("报告.exe")).isEqualTo("workflow.error.fileType");
        assertThat(refusal("2025年 述职 报告.PDF")).isEqualTo("accepted");
        assertThat(refusal("report (final)-v2_a.pdf")).isEqualTo("accepted");
        // A version number is an ordinary name; the browser saves it as a .pdf all the same.
        assertThat(refusal("工作方案v1.2.pdf")).isEqualTo("accepted");
    }

    @Test
    void theNameCheckAloneRefusesWithoutContent() {
        assertThatThrownBy(() -> FileKinds.checkName("a;b.pdf", "attachments"))
                .isInstanceOf(FieldException.class)
                .hasFieldOrPropertyWithValue("field", "attachments");
    }
}
