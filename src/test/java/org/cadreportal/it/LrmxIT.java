package org.cadreportal.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cadreportal.base.PortalClock;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.CadreCategory;
import org.cadreportal.cadre.CadreProfileService;
import org.cadreportal.cadre.CadreRank;
import org.cadreportal.cadre.LrmxExchange;
import org.cadreportal.cadre.ManagementLevel;
import org.cadreportal.cadre.LrmxExchange.NewCadres;
import org.cadreportal.cadre.LrmxImportResult;
import org.cadreportal.cadre.LrmxImportResult.FileError;
import org.cadreportal.demo.DemoAccounts;
import org.cadreportal.testing.HostileLrmx;
import org.cadreportal.testing.LiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * LRMX exchange against MariaDB with the demo data: every key cadre's file exported, imported back and
 * exported again is the same file and changes no cadre; an upload with one bad file saves nothing and
 * names the file and the field; hostile XML (external entities, entity expansion) is refused.
 */
class LrmxIT extends LiveTest {

    @Autowired
    LrmxExchange lrmx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PortalClock clock;

    @Autowired
    jakarta.persistence.EntityManagerFactory emf;

    @Autowired
    CadreProfileService profiles;

    @Autowired
    org.cadreportal.adjustment.AdjustmentService adjustments;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private byte[] export(long cadreId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lrmx.exportCadre(cadreId, out);
        return out.toByteArray();
    }

    /**
     * The demo's key cadres, each with an identity number. A cadre another test registered without one has no
     * key an LRMX import could match it by (the import refuses such a file by name), so it is not a round trip.
     */
    private List<Long> activeCadres() {
        return jdbc.queryForList("select id from cadres where status = 'ACTIVE' and id_number is not null order by id",
                Long.class);
    }

    /** What a save would change: every cadre's row (version included), family members, grades and photos. */
    private List<List<Map<String, Object>>> registryState() {
        return List.of(jdbc.queryForList("select * from cadres order by id"),
                jdbc.queryForList("select * from cadre_family_members order by id"),
                jdbc.queryForList("select * from cadre_annual_grades order by id"),
                jdbc.queryForList("select cadre_id, media_type, size_bytes, md5(content) from cadre_photos order by cadre_id"),
                jdbc.queryForList("select count(*) from revinfo"));
    }

    /** The clerk's exports of one cadre's LRMX in the access log. */
    private long exportsLogged(long cadreId) {
        String name = jdbc.queryForObject("select name from cadres where id = ?", String.class, cadreId);
        return jdbc.queryForObject("""
                select count(*) from access_log where action = 'EXPORT' and record_type = 'APPOINTMENT_FORM'
                and record_id = ? and username = ? and record_label = ?""", Long.class, cadreId, DemoAccounts.CLERK,
                name + ".lrmx");
    }

    private static String element(byte[] file, String name) {
        String xml = new String(file, StandardCharsets.UTF_8);
        int start = xml.indexOf("<" + name + ">") + name.length() + 2;
        return xml.substring(start, xml.indexOf("</" + name + ">", start));
    }

    private static byte[] replaced(byte[] file, String name, String value) {
        String xml = new String(file, StandardCharsets.UTF_8);
        return xml.replace("<" + name + ">" + element(file, name) + "</" + name + ">",
                "<" + name + ">" + value + "</" + name + ">").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void everyKeyCadreComesBackUnchanged() {
        // The file carries today's date (填表时间, 计算年龄时间): pinned, so a run across midnight compares like with like.
        clock.at(LocalDateTime.now(clock), () -> {
            try {
                exportImportExport();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private void exportImportExport() throws IOException {
        List<Long> ids = activeCadres();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(DemoAccounts.CADRES_IN_CITY - 50);
        long exportsOfFirst = exportsLogged(ids.get(0));
        Map<String, byte[]> first = new LinkedHashMap<>();
        org.hibernate.stat.Statistics stats = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean statsWereOn = stats.isStatisticsEnabled();
        stats.setStatisticsEnabled(true);
        stats.clear();
        long t0 = System.nanoTime();
        for (long id : ids) {
            first.put(id + ".lrmx", export(id));
        }
        System.out.printf("LRMX: %d exports, %.1f statements and %.1f ms each%n", ids.size(),
                stats.getPrepareStatementCount() / (double) ids.size(), (System.nanoTime() - t0) / 1e6 / ids.size());
        List<List<Map<String, Object>>> before = registryState();
        long accessLogBefore = jdbc.queryForObject("select count(*) from access_log", Long.class);

        stats.clear();
        t0 = System.nanoTime();
        LrmxImportResult result = lrmx.importFiles("all.zip", HostileLrmx.zip(first), NewCadres.NONE);
        System.out.printf("LRMX: import of %d files, %.1f statements and %.1f ms each%n", ids.size(),
                stats.getPrepareStatementCount() / (double) ids.size(), (System.nanoTime() - t0) / 1e6 / ids.size());
        stats.setStatisticsEnabled(statsWereOn);

        assertThat(result.errors()).isEmpty();
        assertThat(result.added()).isZero();
        assertThat(result.updated()).isZero();
        assertThat(result.unchanged()).isEqualTo(ids.size());
        assertThat(registryState()).isEqualTo(before);
        for (long id : ids) {
            assertThat(export(id)).as("cadre %d exported again", id).isEqualTo(first.get(id + ".lrmx"));
        }
        assertThat(jdbc.queryForObject("select count(*) from access_log", Long.class)).isGreaterThan(accessLogBefore);
        assertThat(exportsLogged(ids.get(0))).isEqualTo(exportsOfFirst + 2);
        byte[] sample = first.values().iterator().next();
        assertThat(element(sample, "ShenFenZheng")).hasSize(18);
        Path shots = Path.of("/work/notes/shots");
        if (Files.isDirectory(shots)) {
            Files.write(shots.resolve("sample.lrmx"), sample);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aZipWithOneBadFileSavesNothingAndNamesTheFileAndTheField() {
        List<Long> ids = activeCadres();
        byte[] changed = replaced(export(ids.get(0)), "JiGuan", "湖北黄冈");
        byte[] badMonth = replaced(export(ids.get(1)), "ChuShengNianYue", "1975-13");
        byte[] futureRelative = replaced(export(ids.get(2)), "JiaTingChengYuan",
                "<Item><ChengWei>女儿</ChengWei><XingMing>测试</XingMing><ChuShengRiQi>209901</ChuShengRiQi>"
                        + "<ZhengZhiMianMao>群众</ZhengZhiMianMao><GongZuoDanWeiJiZhiWu>学生</GongZuoDanWeiJiZhiWu></Item>");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("一切正常.lrmx", changed);
        files.put("出生年月错.lrmx", badMonth);
        files.put("家庭成员错.lrmx", futureRelative);
        List<List<Map<String, Object>>> before = registryState();

        LrmxImportResult result = lrmx.importFiles("batch.zip", HostileLrmx.zip(files), NewCadres.NONE);

        assertThat(result.saved()).isFalse();
        assertThat(result.errors()).extracting(FileError::file, FileError::element).containsExactly(
                org.assertj.core.groups.Tuple.tuple("出生年月错.lrmx", "ChuShengNianYue"),
                org.assertj.core.groups.Tuple.tuple("家庭成员错.lrmx", "JiaTingChengYuan/Item[1]/ChuShengRiQi"));
        assertThat(registryState()).isEqualTo(before);
        assertThat(element(export(ids.get(0)), "JiGuan")).isNotEqualTo("湖北黄冈");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void externalEntitiesAndEntityExpansionAreRefused() {
        List<List<Map<String, Object>>> before = registryState();
        LrmxImportResult xxe = lrmx.importFiles("xxe.lrmx", HostileLrmx.externalEntity(), NewCadres.NONE);
        long start = System.nanoTime();
        LrmxImportResult lol = lrmx.importFiles("lol.lrmx", HostileLrmx.billionLaughs(), NewCadres.NONE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        LrmxImportResult zipped = lrmx.importFiles("x.zip", HostileLrmx.zip(Map.of("xxe.lrmx",
                HostileLrmx.externalEntity())), NewCadres.NONE);

        for (LrmxImportResult r : List.of(xxe, lol, zipped)) {
            assertThat(r.saved()).isFalse();
            assertThat(r.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.doctype");
            assertThat(r.errors().toString()).doesNotContain(HostileLrmx.PASSWD_MARK);
        }
        assertThat(jdbc.queryForObject("select count(*) from cadres where name like '%root:%'", Long.class)).isZero();
        assertThat(registryState()).isEqualTo(before);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aZipBombAndZipSlipNamesAreRefused() {
        LrmxImportResult bomb = lrmx.importFiles("bomb.zip", HostileLrmx.zipBomb("a.lrmx", 100), NewCadres.NONE);
        LrmxImportResult slip = lrmx.importFiles("slip.zip", HostileLrmx.zip(Map.of("../../etc/x.lrmx",
                export(activeCadres().get(0)))), NewCadres.NONE);

        assertThat(bomb.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.fileTooBig");
        assertThat(slip.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.zipName");
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aChangedFileUpdatesItsCadreOnly() {
        long id = activeCadres().get(3);
        byte[] original = export(id);
        int version = jdbc.queryForObject("select version from cadres where id = ?", Integer.class, id);

        String health = "良好".equals(element(original, "JianKangZhuangKuang")) ? "一般" : "良好";

        LrmxImportResult result = lrmx.importFiles("a.lrmx", replaced(original, "JianKangZhuangKuang", health),
                NewCadres.NONE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.updated()).isEqualTo(1);
        assertThat(element(export(id), "JianKangZhuangKuang")).isEqualTo(health);
        assertThat(jdbc.queryForObject("select version from cadres where id = ?", Integer.class, id))
                .isGreaterThan(version);
        assertThat(lrmx.importFiles("a.lrmx", original, NewCadres.NONE).updated()).isEqualTo(1);
        assertThat(export(id)).isEqualTo(original);
    }

    @Test
    @WithUserDetails(DemoAccounts.CLERK)
    void aPhotoGoesOutAndComesBackAsItIs() {
        long id = activeCadres().get(4);
        byte[] png = png();
        profiles.uploadPhoto(id, png);
        try {
            byte[] file = export(id);
            assertThat(Base64.getDecoder().decode(element(file, "ZhaoPian"))).isEqualTo(png);
            List<List<Map<String, Object>>> before = registryState();

            LrmxImportResult same = lrmx.importFiles("p.lrmx", file, NewCadres.NONE);

            assertThat(same.errors()).isEmpty();
            assertThat(same.unchanged()).isEqualTo(1);
            assertThat(registryState()).isEqualTo(before);
            assertThat(export(id)).isEqualTo(file);
        } finally {
            jdbc.update("delete from cadre_photos where cadre_id = ?", id);
        }
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aNewCadreGoesToTheUnitTheClerkChose() {
        long template = jdbc.queryForObject("""
                select min(c.id) from cadres c join units u on u.id = c.unit_id
                where u.path like concat((select path from units where code = ?), '%') and c.status = 'ACTIVE'""",
                Long.class, DemoAccounts.COUNTY_CODE);
        String id = HostileLrmx.idNumber("42112819880315005");
        byte[] file = replaced(replaced(replaced(replaced(export(template), "ShenFenZheng", id), "XingMing", "导入新人"),
                "ChuShengNianYue", "198803"), "XingBie", "男");
        file = replaced(file, "JiaTingChengYuan", "");
        long township = jdbc.queryForObject("select id from units where code = ?", Long.class,
                DemoAccounts.CADRE_UNIT_CODE);

        LrmxImportResult refused = lrmx.importFiles("new.lrmx", file, NewCadres.NONE);
        LrmxImportResult added = lrmx.importFiles("new.lrmx", file, new NewCadres(township,
                CadreRank.DEPUTY_SECTION, ManagementLevel.COUNTY, CadreCategory.TEAM_MEMBER));

        assertThat(refused.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.newCadre");
        Long cadreId = jdbc.queryForObject("select id from cadres where id_number = ?", Long.class, id);
        try {
            assertThat(added.errors()).isEmpty();
            assertThat(added.added()).isEqualTo(1);
            assertThat(jdbc.queryForMap("select name, unit_id, birth_date, cadre_rank from cadres where id = ?", cadreId))
                    .containsEntry("name", "导入新人").containsEntry("unit_id", township)
                    .containsEntry("cadre_rank", "DEPUTY_SECTION");
            assertThat(element(export(cadreId), "JianLi")).isEqualTo(element(file, "JianLi"));
            assertThat(lrmx.importFiles("new.lrmx", file, NewCadres.NONE).unchanged()).isEqualTo(1);
        } finally {
            for (String table : List.of("cadre_family_members_aud", "cadre_family_members", "cadre_annual_grades_aud",
                    "cadre_annual_grades", "cadre_photos", "career_records_aud", "career_records")) {
                jdbc.update("delete from " + table + " where cadre_id = ?", cadreId);
            }
            jdbc.update("delete from cadres_aud where id = ?", cadreId);
            jdbc.update("delete from cadres where id = ?", cadreId);
        }
    }

    private static byte[] png() {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(24, 32,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(2, 3, 0x3366AA);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    @WithUserDetails(DemoAccounts.COUNTY_CLERK)
    void aCadreOutsideTheClerksScopeIsNotFoundAndANewOneNeedsAUnit() {
        long outside = jdbc.queryForObject("""
                select c.id from cadres c join units u on u.id = c.unit_id
                where u.path not like (select concat(path, '%') from units where code = ?) and c.status = 'ACTIVE'
                order by c.id limit 1""", Long.class, DemoAccounts.COUNTY_CODE);
        byte[] file = exportAsCityClerk(outside);

        LrmxImportResult result = lrmx.importFiles("other.lrmx", file, NewCadres.NONE);

        assertThat(result.errors()).extracting(FileError::element, FileError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ShenFenZheng", "lrmx.error.newCadre"));
        assertThatThrownBy(() -> export(outside)).isInstanceOf(org.cadreportal.base.RecordNotFoundException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCommitteeMemberExportsButDoesNotImport() {
        assertThat(export(activeCadres().get(0))).isNotEmpty();
        assertThatThrownBy(() -> lrmx.importFiles("a.lrmx", new byte[0], NewCadres.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(DemoAccounts.COMMITTEE)
    void aCaseFileCarriesTheCaseProposalAndImportsBackWithoutChangingTheCadre() {
        long caseId = jdbc.queryForObject("""
                select min(id) from adjustment_cases where proposed_post is not null and proposed_post <> ''""",
                Long.class);
        AppointmentRecord record = adjustments.appointmentRecord(caseId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lrmx.write(record, out);
        byte[] file = out.toByteArray();

        assertThat(record.proposedPost()).isNotBlank();
        assertThat(element(file, "NiRenZhiWu")).isEqualTo(record.proposedPost());
        assertThat(element(file, "NiMianZhiWu")).isEqualTo(record.proposedRemoval());
        assertThat(element(file, "RenMianLiYou")).isEqualTo(record.reason());
        assertThat(element(file, "ChengBaoDanWei")).isEqualTo(record.reportingUnit());
        assertThat(element(file, "XingMing")).isEqualTo(record.name());
        Path shots = Path.of("/work/notes/shots");
        if (Files.isDirectory(shots)) {
            try {
                Files.write(shots.resolve("sample-case.lrmx"), file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<List<Map<String, Object>>> before = registryState();
        LrmxImportResult back = new org.cadreportal.testing.AsUser(userDetails).call(DemoAccounts.CLERK,
                () -> lrmx.importFiles("case.lrmx", file, NewCadres.NONE));
        assertThat(back.errors()).isEmpty();
        assertThat(back.unchanged()).isEqualTo(1);
        assertThat(registryState()).isEqualTo(before);
    }

    private byte[] exportAsCityClerk(long id) {
        return new org.cadreportal.testing.AsUser(userDetails).call(DemoAccounts.CLERK, () -> export(id));
    }
}
