package org.cadreportal.cadre.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Photo;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.cadreportal.cadre.AppointmentRecord.Schooling;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.LrmxImportResult.FileError;
import org.cadreportal.testing.HostileLrmx;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** LRMX written and read back without the registry: the format, the field checks and the hostile files. */
class LrmxCodecTest {

    static final String ID = HostileLrmx.idNumber("32010219750314121");

    private final LrmxCodec codec = new LrmxCodec(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("vaadin-i18n/translations");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** Every box filled, two family members (one without a birth month), a photo. */
    static AppointmentRecord full(Photo photo) {
        return new AppointmentRecord(0L, "王晓明", Gender.MALE, LocalDate.of(1975, 3, 14), "汉族", "江苏南京",
                "江苏南京", YearMonth.of(1996, 6), YearMonth.of(1997, 7), "健康", "高级经济师", "经济管理、项目建设",
                new Schooling("大学", "经济学学士", "南京大学经济学院国际贸易专业", "南京大学"),
                new Schooling("研究生", "管理学硕士", "中共江苏省委党校经济管理专业", "中共江苏省委党校"),
                "东城区人民政府副区长", "东城区委常委、常务副区长", "东城区人民政府副区长",
                List.of("1993.09--1997.07  南京大学经济学院国际贸易专业学习", "1997.07--2008.03  东城区发展和改革局科员、副科长",
                        "2008.03--2019.06  东城区发展和改革局副局长、局长（其间：2012.09--2015.07 在职研究生学习）",
                        "2019.06--  东城区人民政府副区长"),
                List.of("2021.12 记三等功", "2023.06 嘉奖"), List.of("2022年度考核称职", "2023年度考核优秀", "2024年度考核优秀"),
                "工作需要", "中共东城区委组织部",
                List.of(new Relative("妻子", "李红", YearMonth.of(1977, 5), "中共党员", "东城区第一中学教师"),
                        new Relative("父亲", "王建国", null, "群众", "已退休")),
                photo, ID, LocalDate.of(2025, 12, 5), LocalDate.of(2025, 12, 5), "张干事");
    }

    static byte[] image(String format) {
        BufferedImage img = new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aFullRecordComesBackIdentical() {
        for (String format : List.of("png", "jpeg")) {
            AppointmentRecord record = full(new Photo(image(format), "image/" + format));
            byte[] file = codec.write(record);
            ParsedLrmx parsed = codec.read("a.lrmx", file);

            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.person()).usingRecursiveComparison().isEqualTo(record);
            assertThat(parsed.person().photo().bytes()).isEqualTo(record.photo().bytes());
            assertThat(codec.write(parsed.person())).isEqualTo(file);
        }
    }

    @Test
    void theFileIsUtf8LrmxAsTheEditorWritesIt() {
        String xml = new String(codec.write(full(null)), StandardCharsets.UTF_8);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Person>")
                .contains("<XingBie>男</XingBie>", "<ChuShengNianYue>197503</ChuShengNianYue>",
                        "<RuDangShiJian>199606</RuDangShiJian>", "<JiSuanNianLingShiJian>20251205</JiSuanNianLingShiJian>",
                        "<JianLi>1993.09--1997.07  南京大学经济学院国际贸易专业学习\n1997.07--2008.03",
                        "<ChuShengRiQi>197705</ChuShengRiQi>", "<ChuShengRiQi></ChuShengRiQi>",
                        "<ShenFenZheng>" + ID + "</ShenFenZheng>", "<ZhaoPian></ZhaoPian>")
                .containsSubsequence("<XingMing>", "<XingBie>", "<ChuShengNianYue>", "<MinZu>", "<JiGuan>",
                        "<ChuShengDi>", "<RuDangShiJian>", "<CanJiaGongZuoShiJian>", "<JianKangZhuangKuang>",
                        "<ZhuanYeJiShuZhiWu>", "<ShuXiZhuanYeYouHeZhuanChang>", "<QuanRiZhiJiaoYu_XueLi>",
                        "<QuanRiZhiJiaoYu_XueWei>", "<QuanRiZhiJiaoYu_XueLi_BiYeYuanXiaoXi>",
                        "<QuanRiZhiJiaoYu_XueWei_BiYeYuanXiaoXi>", "<ZaiZhiJiaoYu_XueLi>", "<XianRenZhiWu>",
                        "<NiRenZhiWu>", "<NiMianZhiWu>", "<JianLi>", "<JiangChengQingKuang>", "<NianDuKaoHeJieGuo>",
                        "<RenMianLiYou>", "<JiaTingChengYuan>", "<Item>", "<ChengWei>", "<GongZuoDanWeiJiZhiWu>",
                        "<ChengBaoDanWei>", "<JiSuanNianLingShiJian>", "<TianBiaoShiJian>", "<TianBiaoRen>",
                        "<ShenFenZheng>", "<ZhaoPian>", "</Person>");
    }

    @Test
    void noRewardsIsWrittenAsNoneAndReadBackAsNone() {
        AppointmentRecord r = full(null);
        AppointmentRecord none = new AppointmentRecord(0L, r.name(), r.gender(), r.birthDate(), r.ethnicity(),
                r.nativePlace(), r.birthPlace(), r.partyJoined(), r.workStarted(), r.health(), r.professionalTitle(),
                r.expertise(), Schooling.NONE, Schooling.NONE, r.currentPost(), "", "", List.of(), List.of(), List.of(),
                "", "", List.of(), null, r.idNumber(), null, null, "");
        byte[] file = codec.write(none);

        assertThat(new String(file, StandardCharsets.UTF_8)).contains("<JiangChengQingKuang>无</JiangChengQingKuang>");
        assertThat(codec.read("n.lrmx", file).person()).usingRecursiveComparison().isEqualTo(none);
    }

    @Test
    void markupAndControlCharactersInTextStayText() {
        AppointmentRecord r = full(null);
        AppointmentRecord odd = new AppointmentRecord(0L, "<b>&amp;</b>", r.gender(), r.birthDate(), r.ethnicity(),
                "a\u0000b\u0007c", r.birthPlace(), r.partyJoined(), r.workStarted(), r.health(), r.professionalTitle(),
                "]]> & <!-- x -->", r.fullTime(), r.partTime(), r.currentPost(), "", "", r.resumeLines(), r.rewards(),
                r.annualResults(), "", "", r.family(), null, r.idNumber(), r.ageOn(), r.filledOn(), r.filledBy());

        AppointmentRecord back = codec.read("m.lrmx", codec.write(odd)).person();

        assertThat(back.name()).isEqualTo("<b>&amp;</b>");
        assertThat(back.nativePlace()).isEqualTo("abc");
        assertThat(back.expertise()).isEqualTo("]]> & <!-- x -->");
    }

    @Test
    void editorVariantsAreRead() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Person>
                  <XingMing> 王晓明 </XingMing><XingBie>男</XingBie><ChuShengNianYue>1975.03</ChuShengNianYue>
                  <RuDangShiJian>1996.6</RuDangShiJian><CanJiaGongZuoShiJian>199707</CanJiaGongZuoShiJian>
                  <NiRenZhiWu>
                  </NiRenZhiWu>
                  <JianLi>1993.09--1997.07  南京大学学习\r
                1997.07--  东城区发展和改革局科员\r
                </JianLi>
                  <JiaTingChengYuan><Item><ChengWei/><XingMing/><ChuShengRiQi/><ZhengZhiMianMao/>
                    <GongZuoDanWeiJiZhiWu/></Item></JiaTingChengYuan>
                  <TianBiaoShiJian>202512</TianBiaoShiJian>
                  <ShenFenZheng>%s</ShenFenZheng><ZhaoPian/><Version>3.2.1.6</Version><DaoLingNianYue/>
                </Person>
                """.formatted(ID.toLowerCase());

        ParsedLrmx p = codec.read("v.lrmx", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(p.errors()).isEmpty();
        assertThat(p.person().name()).isEqualTo("王晓明");
        assertThat(p.person().birthDate()).isEqualTo(LocalDate.of(1975, 3, 14));
        assertThat(p.person().partyJoined()).isEqualTo(YearMonth.of(1996, 6));
        assertThat(p.person().proposedPost()).isEmpty();
        assertThat(p.person().resumeLines()).containsExactly("1993.09--1997.07  南京大学学习", "1997.07--  东城区发展和改革局科员");
        assertThat(p.person().family()).isEmpty();
        assertThat(p.person().filledOn()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(p.person().idNumber()).isEqualTo(ID);
    }

    @Test
    void everyBadFieldIsNamedWithItsReason() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Person>
                  <XingMing></XingMing><XingBie>M</XingBie><ChuShengNianYue>1975-13</ChuShengNianYue>
                  <RuDangShiJian>199606；民盟</RuDangShiJian>
                  <MinZu>%s</MinZu>
                  <JiaTingChengYuan><Item><ChengWei>妻子</ChengWei><XingMing></XingMing>
                    <ChuShengRiQi>19770</ChuShengRiQi></Item></JiaTingChengYuan>
                  <TianBiaoShiJian>20251340</TianBiaoShiJian>
                  <ShenFenZheng>320102197503141210</ShenFenZheng>
                  <ZhaoPian>%s</ZhaoPian>
                  <XianRenZhiWu>a</XianRenZhiWu><XianRenZhiWu>b</XianRenZhiWu>
                </Person>
                """.formatted("族".repeat(21), Base64.getEncoder().encodeToString("GIF89a not a photo".getBytes()));

        ParsedLrmx p = codec.read("bad.lrmx", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(p.ok()).isFalse();
        assertThat(p.errors()).extracting(FileError::file).containsOnly("bad.lrmx");
        assertThat(p.errors()).extracting(FileError::element, FileError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("XianRenZhiWu", "lrmx.error.repeated"),
                org.assertj.core.groups.Tuple.tuple("XingMing", "lrmx.error.required"),
                org.assertj.core.groups.Tuple.tuple("XingBie", "lrmx.error.gender"),
                org.assertj.core.groups.Tuple.tuple("ChuShengNianYue", "lrmx.error.month"),
                org.assertj.core.groups.Tuple.tuple("ShenFenZheng", "cadre.error.idNumberCheck"),
                org.assertj.core.groups.Tuple.tuple("MinZu", "lrmx.error.tooLong"),
                org.assertj.core.groups.Tuple.tuple("RuDangShiJian", "lrmx.error.month"),
                org.assertj.core.groups.Tuple.tuple("JiaTingChengYuan/Item[1]/XingMing", "lrmx.error.required"),
                org.assertj.core.groups.Tuple.tuple("JiaTingChengYuan/Item[1]/ChuShengRiQi", "lrmx.error.month"),
                org.assertj.core.groups.Tuple.tuple("TianBiaoShiJian", "lrmx.error.day"),
                org.assertj.core.groups.Tuple.tuple("ZhaoPian", "lrmx.error.photoType"));
    }

    @Test
    void birthMonthAndSexMustMatchTheIdentityNumber() {
        String xml = "<Person><XingMing>王</XingMing><XingBie>女</XingBie><ChuShengNianYue>197504</ChuShengNianYue>"
                + "<ShenFenZheng>" + ID + "</ShenFenZheng></Person>";

        ParsedLrmx p = codec.read("id.lrmx", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(p.errors()).extracting(FileError::element, FileError::messageKey, e -> e.args().get(0)).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ChuShengNianYue", "lrmx.error.birthNotId", "197503"),
                org.assertj.core.groups.Tuple.tuple("XingBie", "lrmx.error.genderNotId", "男"));
    }

    @Test
    void aPhotoThatOnlyLooksLikeAnImageIsRefused() {
        byte[] fakeJpeg = new byte[64];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        for (String photo : List.of(Base64.getEncoder().encodeToString(fakeJpeg), "***not base64***")) {
            String xml = "<Person><XingMing>王</XingMing><XingBie>男</XingBie><ChuShengNianYue>197503</ChuShengNianYue>"
                    + "<ShenFenZheng>" + ID + "</ShenFenZheng><ZhaoPian>" + photo + "</ZhaoPian></Person>";

            assertThat(codec.read("p.lrmx", xml.getBytes(StandardCharsets.UTF_8)).errors())
                    .extracting(FileError::element).containsExactly("ZhaoPian");
        }
    }

    // Hostile files

    @Test
    void externalEntitiesAreRefusedAndNothingOfTheFileTheyNameIsRead() {
        for (byte[] hostile : List.of(HostileLrmx.externalEntity(), HostileLrmx.parameterEntity())) {
            ParsedLrmx p = codec.read("xxe.lrmx", hostile);

            assertThat(p.person()).isNull();
            assertThat(p.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.doctype");
            assertThat(p.errors().toString()).doesNotContain(HostileLrmx.PASSWD_MARK);
        }
    }

    @Test
    void xincludeIsNotFollowed() {
        ParsedLrmx p = codec.read("xi.lrmx", HostileLrmx.xinclude());

        assertThat(p.person() == null ? "" : p.person().name()).doesNotContain(HostileLrmx.PASSWD_MARK);
        assertThat(p.ok()).isFalse();
    }

    @Test
    void billionLaughsAreRefusedAtOnce() {
        ParsedLrmx p = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> codec.read("lol.lrmx", HostileLrmx.billionLaughs()));

        assertThat(p.person()).isNull();
        assertThat(p.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.doctype");
    }

    @Test
    void aDoctypeInUtf16IsRefusedToo() {
        byte[] utf16 = new String(HostileLrmx.externalEntity(), StandardCharsets.UTF_8)
                .replace("encoding=\"UTF-8\"", "encoding=\"UTF-16LE\"").getBytes(StandardCharsets.UTF_16LE);

        ParsedLrmx p = codec.read("u16.lrmx", utf16);

        assertThat(p.person()).isNull();
        assertThat(p.errors().toString()).doesNotContain(HostileLrmx.PASSWD_MARK);
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsParsed() {
        ParsedLrmx p = codec.read("huge.lrmx", HostileLrmx.huge(Lrmx.MAX_FILE_BYTES));

        assertThat(p.person()).isNull();
        assertThat(p.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.fileTooBig");
    }

    @Test
    void notXmlIsNamedAsSuch() {
        ParsedLrmx p = codec.read("x.lrmx", "<Person><XingMing>".getBytes(StandardCharsets.UTF_8));

        assertThat(p.errors()).extracting(FileError::messageKey).containsExactly("lrmx.error.xml");
        assertThat(codec.read("r.lrmx", "<html/>".getBytes(StandardCharsets.UTF_8)).errors())
                .extracting(FileError::messageKey).containsExactly("lrmx.error.root");
    }

    // Zips

    @Test
    void aZipOfFilesIsReadFileByFileWithChineseNamesFromWindows() {
        byte[] one = codec.write(full(null));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("干部/王晓明.lrmx", one);
        entries.put("__MACOSX/干部/._王晓明.lrmx", new byte[] {0, 5, 22, 7});
        for (Charset names : List.of(StandardCharsets.UTF_8, Charset.forName("GBK"))) {
            LrmxCodec.Upload upload = codec.readUpload("batch.zip", HostileLrmx.zip(entries, names));

            assertThat(upload.errors()).isEmpty();
            assertThat(upload.files()).extracting(ParsedLrmx::file).containsExactly("干部/王晓明.lrmx");
        }
    }

    @Test
    void theSamePersonTwiceInOneZipIsAnError() {
        byte[] one = codec.write(full(null));
        LrmxCodec.Upload upload = codec.readUpload("twice.zip", HostileLrmx.zip(new LinkedHashMap<>(Map.of(
                "a.lrmx", one, "b.lrmx", one))));

        assertThat(upload.errors()).extracting(FileError::element, FileError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ShenFenZheng", "lrmx.error.duplicateId"));
    }

    @Test
    void aZipBombIsRefusedWithoutUnpackingIt() {
        byte[] bomb = HostileLrmx.zipBomb("bomb.lrmx", 64);
        assertThat(bomb.length).isLessThan(200_000);

        LrmxCodec.Upload upload = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> codec.readUpload("bomb.zip", bomb));

        assertThat(upload.files()).isEmpty();
        assertThat(upload.errors()).extracting(FileError::file, FileError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bomb.lrmx", "lrmx.error.fileTooBig"));
    }

    @Test
    void manySmallEntriesOrTooMuchInAllStopTheReading() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= Lrmx.MAX_ZIP_ENTRIES; i++) {
            many.put(i + ".lrmx", new byte[0]);
        }
        assertThat(codec.readUpload("many.zip", HostileLrmx.zip(many)).errors())
                .extracting(FileError::messageKey).contains("lrmx.error.zipEntries");

        Map<String, byte[]> big = new LinkedHashMap<>();
        byte[] almost = new byte[Lrmx.MAX_FILE_BYTES - 1];
        for (int i = 0; i * (long) almost.length <= Lrmx.MAX_ZIP_TOTAL_BYTES; i++) {
            big.put(i + ".lrmx", almost);
        }
        List<String> seen = new ArrayList<>();
        List<FileError> errors = LrmxZip.read("big.zip", HostileLrmx.zip(big), (name, bytes) -> seen.add(name));
        assertThat(errors).extracting(FileError::messageKey).containsExactly("lrmx.error.zipTotal");
        assertThat(seen.size()).isLessThan(big.size());
    }

    @Test
    void zipSlipNamesAndOtherFilesAreRefused() {
        byte[] one = codec.write(full(null));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("../evil.lrmx", one);
        entries.put("ok/../../etc/cron.d/x.lrmx", one);
        entries.put("/etc/passwd.lrmx", one);
        entries.put("C:\\Windows\\x.lrmx", one);
        entries.put("..\\..\\x.lrmx", one);
        entries.put("readme.txt", "hi".getBytes(StandardCharsets.UTF_8));

        LrmxCodec.Upload upload = codec.readUpload("slip.zip", HostileLrmx.zip(entries));

        assertThat(upload.files()).isEmpty();
        assertThat(upload.errors()).extracting(FileError::file, FileError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("../evil.lrmx", "lrmx.error.zipName"),
                org.assertj.core.groups.Tuple.tuple("ok/../../etc/cron.d/x.lrmx", "lrmx.error.zipName"),
                org.assertj.core.groups.Tuple.tuple("/etc/passwd.lrmx", "lrmx.error.zipName"),
                org.assertj.core.groups.Tuple.tuple("C:\\Windows\\x.lrmx", "lrmx.error.zipName"),
                org.assertj.core.groups.Tuple.tuple("..\\..\\x.lrmx", "lrmx.error.zipName"),
                org.assertj.core.groups.Tuple.tuple("readme.txt", "lrmx.error.notLrmx"));
    }

    @Test
    void aDamagedZipIsNamed() {
        byte[] zip = HostileLrmx.zip(Map.of("a.lrmx", codec.write(full(null))));
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length / 2);

        assertThat(codec.readUpload("cut.zip", cut).errors()).extracting(FileError::file, FileError::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("cut.zip", "lrmx.error.zip"));
    }
}
