package org.cadreportal.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadreportal.archive.ArchiveService;
import org.cadreportal.archive.EntryDetails;
import org.cadreportal.archive.EntryForm;
import org.cadreportal.archive.PeriodForm;
import org.cadreportal.archive.WorkRole;
import org.cadreportal.base.FieldException;
import org.cadreportal.base.FileKinds;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.AsUser;
import org.cadreportal.testing.Browser;
import org.cadreportal.testing.BrowserTest;
import org.cadreportal.workflow.NewAttachment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Files in and out over real HTTP, as a reviewer's browser or a replaying attacker sees them: the
 * download headers (name, caching) and the server-side upload limits.
 */
class FileTransferIT extends BrowserTest {

    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z*]+)=(\"[^\"]*\"|[^;\\s]*)");
    private static Long periodId;

    @Autowired
    ArchiveService archive;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    // --- downloads ---------------------------------------------------------------------------------

    @Test
    void aHostileFileNameIsRefusedWithAFieldMessage() {
        EntryDetails d = draft(20);
        for (String name : List.of("evidence.cmd\"; x=\".pdf", "evidence.html\";.pdf", "evidence/..\\cmd.pdf")) {
            assertThatThrownBy(() -> as(DemoAccounts.CLERK, () -> archive.attach(d.row().id(),
                    List.of(new NewAttachment(name, HostileFiles.smallPdf())))))
                    .as(name).isInstanceOf(FieldException.class)
                    .hasFieldOrPropertyWithValue("field", "attachments")
                    .satisfies(e -> assertThat(((FieldException) e).messageKey())
                            .isIn("workflow.error.fileNameChars", "workflow.error.fileNameShape"));
        }
        assertThat(attachmentsOf(d.row().id())).isZero();
    }

    @Test
    void aCjkNameWithSpacesDownloadsUnderAnRfc6266HeaderAndIsNotCached() {
        String name = "述职 报告 2025年.pdf";
        EntryDetails d = draft(21);
        as(DemoAccounts.CLERK, () -> archive.attach(d.row().id(), List.of(new NewAttachment(name,
                HostileFiles.smallPdf()))));

        Fetched download = downloadFirstAttachment(d.row().id());
        assertThat(download.status()).isEqualTo(200);
        String disposition = download.headers().get("content-disposition");
        System.out.println("Content-Disposition (CJK name): " + disposition);
        System.out.println("Cache-Control: " + download.headers().get("cache-control") + ", Pragma: "
                + download.headers().get("pragma"));
        Map<String, String> params = disposition(disposition);
        assertThat(params).containsOnlyKeys("filename", "filename*");
        assertThat(params.get("filename*")).startsWith("UTF-8''");
        assertThat(URLDecoder.decode(params.get("filename*").substring(7).replace("+", "%2B"), StandardCharsets.UTF_8))
                .isEqualTo(name);
        assertAsciiSafeFallback(params.get("filename"));
        assertThat(params.get("filename")).endsWith(".pdf\"");
        assertThat(download.headers().get("cache-control")).contains("no-store");
        assertThat(download.headers().get("pragma")).isEqualTo("no-cache");
        assertThat(download.body()).isEqualTo(HostileFiles.smallPdf());
    }

    /** A name stored before names were checked must still not steer the reviewer's browser. */
    @Test
    void aHostileNameStoredEarlierCannotInjectIntoTheDownloadHeader() {
        EntryDetails d = draft(22);
        as(DemoAccounts.CLERK, () -> archive.attach(d.row().id(), List.of(new NewAttachment("legacy.pdf",
                HostileFiles.smallPdf()))));
        jdbc.update("update entry_attachments set file_name = ? where entry_id = ?", "evidence.cmd\"; x=\".pdf",
                d.row().id());

        Fetched download = downloadFirstAttachment(d.row().id());
        String disposition = download.headers().get("content-disposition");
        System.out.println("Content-Disposition (stored hostile name): " + disposition);
        Map<String, String> params = disposition(disposition);
        assertThat(params).containsOnlyKeys("filename", "filename*");
        assertAsciiSafeFallback(params.get("filename"));
        assertThat(params.get("filename")).endsWith(".pdf\"");
        String utf8 = URLDecoder.decode(params.get("filename*").substring(7), StandardCharsets.UTF_8);
        assertThat(utf8).endsWith(".pdf").doesNotContain("\"", ";");
        assertThat(download.headers().get("cache-control")).contains("no-store");
    }

    // --- uploads -----------------------------------------------------------------------------------

    @Test
    void aReplayed15MbUploadIsRefusedOnTheServerAndNothingIsKept() {
        EntryDetails d = draft(23);
        Page page = editor(d.row().id());
        String target = uploadTarget(page);
        byte[] big = HostileFiles.pdfOf(15L * 1024 * 1024);

        // Posted with the page's session cookie by java.net.http, as Playwright's request API would post them
        // (which passes 15 MB through its driver's pipe, base64-encoded, in seconds each).
        int raw = post(page, target, "application/pdf", "big.pdf", big);
        String boundary = "----replay" + System.nanoTime();
        byte[] form = multipart(boundary, "file", "big2.pdf", "application/pdf", big);
        int multipart = post(page, target, "multipart/form-data; boundary=" + boundary, null, form);
        System.out.println("15 MB upload: raw status " + raw + ", multipart status " + multipart);
        assertThat(raw).as("raw 15 MB upload").isBetween(400, 599);
        assertThat(multipart).as("multipart 15 MB upload").isBetween(400, 599);

        // Had the server kept them, saving would now attach them or refuse them as too big.
        page.locator("#entry-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("草稿已保存");
        assertThat(page.locator(".portal-step-upload .portal-text-danger")).isHidden();
        assertThat(attachmentsOf(d.row().id())).isZero();
        page.context().close();
    }

    @Test
    void a1MbUploadStillWorksAndAFieldHoldsNoMoreThanTheMostFiles() {
        EntryDetails d = draft(24);
        Page page = editor(d.row().id());
        String target = uploadTarget(page);
        byte[] oneMb = HostileFiles.pdfOf(1024 * 1024 - 1);

        int first = status(() -> page.request().post(target, RequestOptions.create()
                .setHeader("X-Filename", "1mb.pdf").setHeader("Content-Type", "application/pdf").setData(oneMb)));
        assertThat(first).as("a 1 MB upload").isEqualTo(200);
        for (int i = 2; i <= FileKinds.MAX_FILES; i++) {
            String name = "small-" + i + ".pdf";
            assertThat(status(() -> page.request().post(target, RequestOptions.create().setHeader("X-Filename", name)
                    .setHeader("Content-Type", "application/pdf").setData(HostileFiles.smallPdf()))))
                    .as(name).isEqualTo(200);
        }
        int overCount = status(() -> page.request().post(target, RequestOptions.create()
                .setHeader("X-Filename", "one-too-many.pdf").setHeader("Content-Type", "application/pdf")
                .setData(HostileFiles.smallPdf())));
        System.out.println("upload number " + (FileKinds.MAX_FILES + 1) + ": status " + overCount);
        assertThat(overCount).as("one file more than a field may hold").isBetween(400, 499);

        page.locator("#entry-save").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("草稿已保存");
        assertThat(attachmentsOf(d.row().id())).isEqualTo(FileKinds.MAX_FILES);
        assertThat(jdbc.queryForObject("select max(size_bytes) from entry_attachments where entry_id = ?",
                Long.class, d.row().id())).isEqualTo(oneMb.length);
        page.context().close();
    }

    // --- helpers -----------------------------------------------------------------------------------

    private static int status(java.util.function.Supplier<APIResponse> post) {
        try {
            return post.get().status();
        } catch (PlaywrightException e) {
            // The server answered and closed the connection while the client was still sending.
            System.out.println("upload aborted by the server: " + e.getMessage().lines().findFirst().orElse(""));
            return 499;
        }
    }

    /** Posts the body with the page's cookies over plain HTTP/1.1; an upload the server cuts off is a 499. */
    private static int post(Page page, String target, String contentType, String fileName, byte[] body) {
        String cookies = page.context().cookies(target).stream().map(c -> c.name + "=" + c.value)
                .collect(java.util.stream.Collectors.joining("; "));
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(URI.create(target))
                .header("Cookie", cookies).header("Content-Type", contentType)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        if (fileName != null) {
            request.header("X-Filename", fileName);
        }
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            // The server answered and closed the connection while the client was still sending.
            System.out.println("upload aborted by the server: " + e);
            return 499;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String boundary, String field, String fileName, String type, byte[] content) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(content.length + 300);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void assertAsciiSafeFallback(String quoted) {
        assertThat(quoted).startsWith("\"").endsWith("\"");
        String inner = quoted.substring(1, quoted.length() - 1);
        assertThat(inner).isNotBlank().matches("[A-Za-z0-9 ._()\\-]+")
                .doesNotStartWith("=?").doesNotContain("\"", ";", "\\", "/");
    }

    /** The parameters of a Content-Disposition header that must start with "attachment". */
    private static Map<String, String> disposition(String header) {
        assertThat(header).isNotNull().startsWith("attachment;");
        Map<String, String> params = new LinkedHashMap<>();
        String rest = header.substring("attachment".length());
        Matcher m = PARAM.matcher(rest);
        int end = 0;
        while (m.find()) {
            assertThat(m.start()).as("unparsed text in " + header).isEqualTo(end);
            assertThat(params.put(m.group(1).toLowerCase(), m.group(2))).as("repeated " + m.group(1)).isNull();
            end = m.end();
        }
        assertThat(end).as("the whole header parses as parameters: " + header).isEqualTo(rest.length());
        return params;
    }

    /** What came back, read before the browser context (and with it the response) is closed. */
    private record Fetched(int status, Map<String, String> headers, byte[] body) {
    }

    private Fetched downloadFirstAttachment(long entryId) {
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "archive/entry/" + entryId);
        String href = page.locator("#entry-attachments a").first().getAttribute("href");
        APIResponse response = page.request().get(URI.create(baseUrl()).resolve(href).toString());
        Fetched fetched = new Fetched(response.status(), response.headers(), response.body());
        page.context().close();
        return fetched;
    }

    private Page editor(long entryId) {
        Page page = browser.login(baseUrl(), DemoAccounts.CLERK, DemoAccounts.PASSWORD);
        assertThat(page.locator("#current-user")).isVisible();
        page.navigate(baseUrl() + "archive/entry/" + entryId);
        assertThat(page.locator("#entry-upload")).isVisible();
        return page;
    }

    private String uploadTarget(Page page) {
        String target = (String) page.locator("#entry-upload").evaluate("u => u.target");
        assertThat(target).isNotBlank();
        return URI.create(baseUrl()).resolve(target).toString();
    }

    private int attachmentsOf(long entryId) {
        return jdbc.queryForObject("select count(*) from entry_attachments where entry_id = ?", Integer.class,
                entryId);
    }

    private <T> T as(String user, java.util.function.Supplier<T> work) {
        return new AsUser(userDetails).call(user, work);
    }

    private EntryDetails draft(int offset) {
        long cadreId = jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id
                where c.status = 'ACTIVE' and u.code like 'X01%' order by c.id limit 1 offset ?""", Long.class, offset);
        EntryForm f = new EntryForm();
        f.setPeriodId(period());
        f.setFieldId(3L);
        f.setLevelId(24L);
        f.setCategoryId(42L);
        f.setRole(WorkRole.LEAD);
        f.setWhatDone("附件传输测试");
        f.setAchieved("完成");
        f.setEffect("群众满意");
        return as(DemoAccounts.CLERK, () -> archive.create(cadreId, f));
    }

    private long period() {
        if (periodId == null) {
            LocalDate today = LocalDate.now(clock);
            PeriodForm f = new PeriodForm();
            f.setNameZh("附件传输测试周期" + System.nanoTime() % 100_000);
            f.setNameEn("File transfer period");
            f.setStartsOn(today.minusDays(60));
            f.setEndsOn(today.plusDays(30));
            f.setDeadline(today.plusDays(40));
            f.setCategories(EnumSet.allOf(CadreCategory.class));
            periodId = as(DemoAccounts.ADMIN, () -> archive.savePeriod(null, null, f)).id();
        }
        return periodId;
    }
}
