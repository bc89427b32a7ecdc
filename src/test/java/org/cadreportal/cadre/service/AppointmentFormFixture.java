package org.cadreportal.cadre.service;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.cadreportal.base.PdfFonts;
import org.cadreportal.cadre.AppointmentForms.Format;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.cadreportal.cadre.AppointmentRecord.Schooling;
import org.cadreportal.cadre.Gender;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Hand-built 任免审批表 records, the renderers without Spring, and the text read back out of their files. */
final class AppointmentFormFixture {

    private AppointmentFormFixture() {
    }

    static AppointmentFormsImpl forms() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AppointmentPdf pdf = new AppointmentPdf(new PdfFonts(""));
        return new AppointmentFormsImpl(pdf, new AppointmentDocx(), messages, null, null);
    }

    static AppointmentRecord ordinary() {
        return record(List.of(
                "1990.09--1994.07  华东师范大学政治学系政治学专业学习",
                "1994.07--1998.03  江州市临川区委办公室科员",
                "1998.03--2003.06  江州市临川区委办公室副主任科员（其间：1999.09--2001.07在中央党校函授学院经济管理专业学习）",
                "2003.06--2011.12  江州市临川区东湖街道党工委副书记、办事处主任",
                "2011.12--2018.05  江州市临川区东湖街道党工委书记",
                "2018.05--  江州市临川区委常委、组织部部长"),
                List.of("2019年度被江州市委记三等功", "2022年被评为江州市优秀共产党员"),
                photo());
    }

    /** 60 简历 lines and 40 awards: far more than the boxes hold at the smallest size. */
    static AppointmentRecord veryLong() {
        List<String> resume = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int from = 1960 + i;
            resume.add(String.format("%d.%02d--%d.%02d  江州市第%d号单位某某科室科员，负责第%d项工作的组织协调与督促落实（条目%d）",
                    from, 1 + i % 12, from + 1, 1 + (i + 5) % 12, i + 1, i + 1, i + 1));
        }
        List<String> rewards = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rewards.add(String.format("%d年%d月被江州市委、市政府记功奖励一次，表彰其在第%d项重点工作中的突出实绩（奖励%d）",
                    1985 + i, 1 + i % 12, i + 1, i + 1));
        }
        return record(resume, rewards, null);
    }

    static AppointmentRecord record(List<String> resume, List<String> rewards, AppointmentRecord.Photo photo) {
        return new AppointmentRecord(7L, "欧阳明远", Gender.MALE, LocalDate.of(1972, 3, 14), "汉族", "江西南昌",
                "江西临川", YearMonth.of(1994, 6), YearMonth.of(1994, 7), "健康", "高级经济师", "组织人事工作",
                new Schooling("大学", "法学学士", "华东师范大学政治学系政治学专业", "华东师范大学政治学系政治学专业"),
                new Schooling("研究生", "管理学硕士", "中央党校经济管理专业", "江西财经大学工商管理专业"),
                "江州市临川区委常委、组织部部长", "江州市临川区委副书记", "江州市临川区委组织部部长", resume, rewards,
                List.of("2022年度考核优秀", "2023年度考核称职", "2024年度考核优秀"),
                "该同志政治坚定，熟悉组织人事工作，实绩突出，经能上能下调整事项分析研判和常委会讨论决定，拟提名为区委副书记人选。",
                "中共江州市临川区委组织部",
                List.of(new Relative("妻子", "李秀兰", YearMonth.of(1974, 5), "中共党员", "江州市第一中学教师"),
                        new Relative("儿子", "欧阳晨", YearMonth.of(2001, 9), "共青团员", "江西财经大学学生"),
                        new Relative("父亲", "欧阳福生", YearMonth.of(1945, 2), "中共党员", "江州市临川区农业局退休干部"),
                        new Relative("母亲", "周桂英", YearMonth.of(1947, 11), "群众", "已退休")),
                photo, "360102197203141234", LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5), "王秀英");
    }

    static AppointmentRecord.Photo photo() {
        BufferedImage image = new BufferedImage(250, 350, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(60, 110, 190));
        g.fillRect(0, 0, 250, 350);
        g.setColor(new Color(240, 215, 190));
        g.fillOval(70, 60, 110, 140);
        g.fillRect(30, 230, 190, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppointmentRecord.Photo(out.toByteArray(), "image/png");
    }

    static Path render(AppointmentRecord record, Format format, Path dir) throws IOException {
        Path file = dir.resolve("form." + format.extension());
        try (var out = Files.newOutputStream(file)) {
            forms().render(record, format, out);
        }
        return file;
    }

    /** The PDF's text in the order it was written (cell by cell), one string per page. */
    static List<String> pdfPages(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(text.getTextFromPage(i));
            }
        }
        return pages;
    }

    /** The text of word/document.xml, one line per paragraph. */
    static String docxText(Path docx) throws IOException {
        String xml;
        try (ZipFile zip = new ZipFile(docx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("word/document.xml"))) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        for (String paragraph : xml.split("</w:p>")) {
            Matcher m = Pattern.compile("<w:t(?: [^>]*)?>([^<]*)</w:t>").matcher(paragraph);
            while (m.find()) {
                text.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&apos;", "'").replace("&amp;", "&"));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** Runs a command, failing with its output if it fails or takes over two minutes. */
    static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }

    /** Text without any whitespace (the PDF breaks and spaces lines its own way). */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u3000]+", "");
    }
}
