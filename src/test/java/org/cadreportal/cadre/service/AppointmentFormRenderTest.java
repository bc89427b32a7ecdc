package org.cadreportal.cadre.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cadreportal.cadre.service.AppointmentFormFixture.docxText;
import static org.cadreportal.cadre.service.AppointmentFormFixture.pdfPages;
import static org.cadreportal.cadre.service.AppointmentFormFixture.render;
import static org.cadreportal.cadre.service.AppointmentFormFixture.squeezed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.cadreportal.cadre.AppointmentForms.Format;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 干部任免审批表 as PDF and Word: an ordinary record fills exactly the two pages of the national form;
 * a record far too long for its boxes loses nothing — every 简历 line and every award is in the file, the
 * boxes that overflowed say so, and the rest is on the 续页.
 */
// No Spring, no shared state: runs beside the view tests (pom.xml, surefire).
@Execution(ExecutionMode.CONCURRENT)
class AppointmentFormRenderTest {

    @TempDir
    Path dir;

    @Test
    void anOrdinaryRecordFillsTheTwoPagesOfThePdf() throws IOException {
        AppointmentRecord r = AppointmentFormFixture.ordinary();
        List<String> pages = pdfPages(render(r, Format.PDF, dir));
        assertThat(pages).as("page 1 and page 2, no 续页").hasSize(2);
        String first = squeezed(pages.get(0));
        String second = squeezed(pages.get(1));
        assertThat(first).contains("干部任免审批表", r.name(), "1972.03", "（54岁）", "汉族", "江西南昌", "1994.06",
                "高级经济师", "全日制教育", "在职教育", "中央党校经济管理专业", "江西财经大学工商管理专业",
                squeezed(r.currentPost()), squeezed(r.proposedPost()), squeezed(r.proposedRemoval()));
        r.resumeLines().forEach(line -> assertThat(first).as("简历 line on page 1").contains(squeezed(line)));
        assertThat(first).doesNotContain("续");
        r.rewards().forEach(line -> assertThat(second).contains(squeezed(line)));
        assertThat(second).contains("2022年度考核优秀；2023年度考核称职；2024年度考核优秀", squeezed(r.reason()),
                "中共江州市临川区委组织部", "2026年12月5日", "审批机关意见", "行政机关任免意见", "（盖章）", "填表人：王秀英");
        for (Relative p : r.family()) {
            assertThat(second).contains(p.relation(), p.name(), String.format("%d.%02d", p.birth().getYear(),
                    p.birth().getMonthValue()), p.politicalStatus(), squeezed(p.workAndPost()));
        }
    }

    @Test
    void anOrdinaryRecordIsAWordFileWithTheSameText() throws IOException {
        AppointmentRecord r = AppointmentFormFixture.ordinary();
        Path file = render(r, Format.DOCX, dir);
        try (XWPFDocument doc = new XWPFDocument(java.nio.file.Files.newInputStream(file))) {
            assertThat(doc.getTables()).as("page 1 and page 2 are one table each").hasSize(2);
            assertThat(doc.getAllPictures()).as("the photo").hasSize(1);
        }
        String text = squeezed(docxText(file));
        assertThat(text).contains("干部任免审批表", r.name(), r.proposedPost(), r.proposedRemoval(), squeezed(r.reason()));
        r.resumeLines().forEach(line -> assertThat(text).contains(squeezed(line)));
        r.rewards().forEach(line -> assertThat(text).contains(squeezed(line)));
        for (Relative p : r.family()) {
            assertThat(text).contains(p.relation(), p.name(), p.politicalStatus(), p.workAndPost());
        }
        assertThat(text).doesNotContain("续");
    }

    @Test
    void aVeryLongResumeAndRewardsShrinkThenContinueAndNothingIsLostInThePdf() throws IOException {
        AppointmentRecord r = AppointmentFormFixture.veryLong();
        List<String> pages = pdfPages(render(r, Format.PDF, dir));
        assertThat(pages.size()).as("page 1, page 2 and at least one 续页").isGreaterThan(2);
        assertThat(squeezed(pages.get(0))).as("page 1 says its 简历 goes on").contains("（下转续页）");
        assertThat(squeezed(pages.get(1))).as("page 2 says its 奖惩情况 goes on").contains("（下转续页）");
        String all = squeezed(String.join("\n", pages));
        assertThat(all).contains("干部任免审批表（续页）", "简历（续）", "奖惩情况（续）");
        r.resumeLines().forEach(line -> assertThat(all).as("简历 line").contains(squeezed(line)));
        r.rewards().forEach(line -> assertThat(all).as("award").contains(squeezed(line)));
        assertThat(squeezed(pages.get(0))).as("page 1 holds the start of the 简历")
                .contains(squeezed(r.resumeLines().get(0)));
    }

    @Test
    void aVeryLongResumeAndRewardsContinueInTheWordFileToo() throws IOException {
        AppointmentRecord r = AppointmentFormFixture.veryLong();
        String text = squeezed(docxText(render(r, Format.DOCX, dir)));
        assertThat(text).contains("（下转续页）", "干部任免审批表（续页）", "简历（续）", "奖惩情况（续）");
        r.resumeLines().forEach(line -> assertThat(text).contains(squeezed(line)));
        r.rewards().forEach(line -> assertThat(text).contains(squeezed(line)));
    }

    @Test
    void textShrinksBeforeItContinues() {
        FormText.Measure measure = (text, size) -> text.codePointCount(0, text.length()) * size;
        List<FormText.Para> paras = List.of(FormText.Para.left("一二三四五六七八九十".repeat(3)));
        FormText.Fitted fitted = FormText.fit(paras, 100, 60, 11, 7, measure, "转");
        assertThat(fitted.continued()).isFalse();
        assertThat(fitted.size()).isLessThan(11);
        FormText.Fitted over = FormText.fit(List.of(FormText.Para.left("一".repeat(400))), 100, 60, 11, 7,
                measure, "转");
        assertThat(over.size()).isEqualTo(7);
        String shown = String.join("", over.lines().subList(0, over.lines().size() - 1).stream()
                .map(FormText.Line::text).toList());
        assertThat(shown + over.rest().get(0).text()).isEqualTo("一".repeat(400));
    }
}
