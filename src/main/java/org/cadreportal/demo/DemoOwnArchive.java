package org.cadreportal.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.EntryStatus;
import org.cadreportal.archive.WorkRole;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo cadre account's own archive, written by hand so a tester signing in as that cadre sees every
 * state: an entry in each past quarter (mostly accepted, one returned with a reason, one accepted after a
 * return, the latest still waiting), a draft in the open quarter, and a PDF of evidence on one entry.
 */
@RequiredArgsConstructor
final class DemoOwnArchive {

    private record Own(long fieldId, long levelId, long categoryId, WorkRole role, String whatDone, String achieved,
                       String effect, String figures) {
    }

    /** Oldest quarter first; the last one is the open quarter's draft. */
    private static final List<Own> ENTRIES = List.of(
            new Own(2, 24, 41, WorkRole.LEAD,
                    "牵头城关镇农产品精深加工产业招商，带队赴武汉、长沙开展小分队招商4次，走访对接企业23家，建立在谈项目清单，实行“一企一策”全程代办。",
                    "签约农产品精深加工项目3个，协议引资5.2亿元，其中鲜禾食品项目从签约到开工仅用45天。",
                    "项目全部达产后预计年产值8亿元、新增就业岗位600余个，城关镇招商引资考核位列东安县第一。",
                    "[{\"label\":\"签约项目\",\"amount\":3,\"unit\":\"个\"},{\"label\":\"协议引资\",\"amount\":5.2,\"unit\":\"亿元\"}]"),
            new Own(3, 25, 41, WorkRole.LEAD,
                    "牵头城关镇和美乡村示范片建设，组织驻村工作队逐村摸排，整合涉农资金1860万元，推动土地流转3200亩。",
                    "建成和美乡村示范村3个，新建高标准农田2000亩，培育农民专业合作社6家，12个村集体经济收入全部超过20万元。",
                    "村集体经济年增收186万元，户均增收2300元，示范片经验被省级媒体报道。",
                    "[{\"label\":\"村集体经济增收\",\"amount\":186,\"unit\":\"万元\"},{\"label\":\"流转土地\",\"amount\":3200,\"unit\":\"亩\"}]"),
            new Own(1, 24, 41, WorkRole.LEAD,
                    "牵头城关镇农产品冷链物流中心项目建设，落实“一个项目、一名领导、一个专班”机制，每周现场调度，协调解决征地、电力增容等问题9个。",
                    "项目提前38天完成主体工程并通过竣工验收，累计完成投资2.6亿元，纳入省级重点项目库。",
                    "冷链库容达5万吨，带动周边果蔬种植户1200余户，每年减少产后损耗约3000万元。",
                    "[{\"label\":\"完成投资\",\"amount\":2.6,\"unit\":\"亿元\"},{\"label\":\"提前工期\",\"amount\":38,\"unit\":\"天\"}]"),
            new Own(4, 25, 44, WorkRole.LEAD,
                    "牵头城关镇防汛抗洪工作，连续坚守一线，组织干部群众巡堤查险，第一时间启动应急响应，指挥转移低洼地带群众。",
                    "安全转移群众1350人，成功处置管涌、散浸险情7处，实现零伤亡。",
                    "保障了全镇人民群众生命财产安全，城关镇防汛经验在全县应急管理工作会上交流。",
                    "[{\"label\":\"转移群众\",\"amount\":1350,\"unit\":\"人\"},{\"label\":\"处置险情\",\"amount\":7,\"unit\":\"处\"}]"),
            new Own(5, 25, 42, WorkRole.LEAD,
                    "牵头城关镇信访积案化解攻坚，落实领导包案，逐案研究化解方案，面对面接访群众86人次。",
                    "化解信访积案11件，其中十年以上积案2件。",
                    "全镇信访总量同比下降35%，群众满意率明显提升。",
                    null),
            new Own(6, 25, 42, WorkRole.LEAD,
                    "牵头城关镇河湖“清四乱”专项整治，落实镇村两级河湖长制，每月巡河巡湖，督办问题14个。",
                    "清理河道违建12处、非法采砂点3处，整治河道18公里，断面水质稳定达到Ⅲ类。",
                    "河湖面貌明显改善，群众对环境满意度达96%，昔日“臭水沟”变身滨水公园。",
                    "[{\"label\":\"整治河道\",\"amount\":18,\"unit\":\"公里\"}]"),
            new Own(7, 25, 41, WorkRole.LEAD,
                    "牵头城关镇老旧小区改造民生实事，组织入户走访860户，建立问题清单和责任清单，逐月调度推进。",
                    "完成老旧小区改造6个，加装电梯14部，新建“一老一小”服务站点3个，惠及群众2100户。",
                    "群众“急难愁盼”问题有效缓解，民生实事满意度测评达97%。",
                    "[{\"label\":\"改造老旧小区\",\"amount\":6,\"unit\":\"个\"},{\"label\":\"惠及群众\",\"amount\":2100,\"unit\":\"户\"}]"),
            new Own(8, 25, 43, WorkRole.LEAD,
                    "牵头城关镇“支部建在产业链上”试点，在冷链物流、农产品加工两条产业链上组建联合党支部，选派8名党员骨干下沉一线。",
                    "组建产业链联合党支部2个，发展党员6名，培训党员干部320人次。",
                    "党建与产业发展深度融合，帮助产业链企业解决用工、融资等问题15个。",
                    null));

    private static final int RETURNED = 4;
    private static final int RESUBMITTED = 5;
    private static final int WITH_EVIDENCE = 2;
    private static final String RETURN_REASON = "成效数据缺少佐证材料，请补充";
    private static final String FIRST_RETURN_REASON = "“干成什么事”表述笼统，请补充具体成果和量化指标";
    private static final String EVIDENCE_NAME = "城关镇冷链物流中心竣工验收报告.pdf";

    private final JdbcTemplate jdbc;
    private final DemoEntryRows rows;
    private final DemoArchive.Cadre cadre;

    /**
     * {@code periods} are the archive's quarters, oldest first, one per text; the last is open. Writes the
     * rows collected so far, since the evidence row refers to its entry.
     */
    void insert(List<DemoArchive.Period> periods, LocalDateTime cutoff) {
        Long evidenceEntry = null;
        LocalDateTime uploadedAt = null;
        for (int i = 0; i < ENTRIES.size(); i++) {
            DemoArchive.Period period = periods.get(i);
            Own own = ENTRIES.get(i);
            boolean open = i == ENTRIES.size() - 1;
            LocalDateTime created = open ? period.startsOn().plusDays(20).atTime(20, 15)
                    : period.endsOn().minusDays(12).atTime(21, 5);
            List<DemoEntryRows.Step> steps = steps(i, open, period, created).stream()
                    .filter(s -> s.at().isBefore(cutoff)).toList();
            if (steps.isEmpty()) {
                continue;
            }
            long id = rows.add(new DemoEntryRows.Filing(cadre.id(), period.id(), period.deadline(), own.fieldId(),
                    own.levelId(), own.categoryId(), own.role(),
                    new DemoEntryTexts.Texts(own.whatDone(), own.achieved(), own.effect(), own.figures()), null, null,
                    new int[] {5, 5, 4, 5}), steps);
            if (i == WITH_EVIDENCE) {
                evidenceEntry = id;
                uploadedAt = created.plusHours(1);
            }
        }
        rows.write();
        if (evidenceEntry != null) {
            attachEvidence(evidenceEntry, uploadedAt);
        }
    }

    private List<DemoEntryRows.Step> steps(int index, boolean open, DemoArchive.Period period,
                                           LocalDateTime created) {
        DemoArchive.Reviewer clerk = cadre.reviewer();
        List<DemoEntryRows.Step> steps = new ArrayList<>();
        steps.add(mine(EntryStatus.DRAFT, created));
        if (open) {
            return steps;
        }
        LocalDateTime submitted = period.endsOn().plusDays(3).atTime(10, 5);
        steps.add(mine(EntryStatus.SUBMITTED, submitted));
        if (index == RESUBMITTED) {
            LocalDateTime returned = submitted.plusDays(2).withHour(15);
            steps.add(new DemoEntryRows.Step(EntryStatus.RETURNED, clerk.username(), clerk.displayName(), returned,
                    FIRST_RETURN_REASON));
            submitted = returned.plusDays(1).withHour(9);
            steps.add(mine(EntryStatus.SUBMITTED, submitted));
        }
        if (index == ENTRIES.size() - 2) {
            // The latest past quarter's entry still waits in the review queue.
            return steps;
        }
        LocalDateTime reviewed = submitted.plusDays(4).withHour(16).withMinute(30);
        steps.add(index == RETURNED
                ? new DemoEntryRows.Step(EntryStatus.RETURNED, clerk.username(), clerk.displayName(), reviewed,
                RETURN_REASON)
                : new DemoEntryRows.Step(EntryStatus.ACCEPTED, clerk.username(), clerk.displayName(), reviewed, null));
        return steps;
    }

    private DemoEntryRows.Step mine(EntryStatus to, LocalDateTime at) {
        return new DemoEntryRows.Step(to, DemoAccounts.CADRE, DemoAccounts.CADRE_NAME, at, null);
    }

    /** The bytes go where the database file store keeps them, under its "db:&lt;id&gt;" key. */
    private void attachEvidence(long entryId, LocalDateTime uploadedAt) {
        byte[] pdf = evidencePdf();
        long fileId = new SequenceIds(jdbc, "stored_files_seq").next();
        jdbc.update("insert into stored_files (id, content) values (?, ?)", fileId, pdf);
        jdbc.update("""
                insert into entry_attachments (id, entry_id, file_name, content_type, size_bytes, storage_key,
                    uploaded_by, uploaded_at) values (?, ?, ?, 'application/pdf', ?, ?, ?, ?)""",
                new SequenceIds(jdbc, "entry_attachments_seq").next(), entryId, EVIDENCE_NAME, pdf.length,
                "db:" + fileId, DemoAccounts.CADRE, Timestamp.valueOf(uploadedAt));
    }

    /**
     * A one-page PDF built by hand (no font to embed: the standard Helvetica and Latin text), with the
     * cross-reference table a reader needs, so the download opens in any viewer.
     */
    static byte[] evidencePdf() {
        String text = """
                BT /F1 20 Tf 72 760 Td (Completion Acceptance Report) Tj ET
                BT /F1 12 Tf 72 724 Td (Project: Cold-chain logistics centre, Chengguan Town, Dong'an County) Tj ET
                BT /F1 12 Tf 72 704 Td (Investment: 260 million yuan. Main works finished 38 days early.) Tj ET
                BT /F1 12 Tf 72 684 Td (Result: accepted by the county acceptance panel.) Tj ET
                """;
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                        + " /Contents 4 0 R >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
