package org.cadreportal.cadre.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Photo;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.cadreportal.cadre.AppointmentRecord.Schooling;
import org.cadreportal.cadre.Gender;
import org.cadreportal.cadre.LrmxImportResult.FileError;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads one LRMX file (safely, through {@link LrmxXml}) into an {@link AppointmentRecord} and the list of
 * what is wrong with it, element by element: a required box empty (姓名, 性别, 出生年月, 身份证号), text too
 * long, a month or day not in a form the editor writes, an identity number whose check character, birth
 * date or sex does not fit, a photo that is not a JPEG or PNG, a family member without 称谓 or 姓名.
 * Elements the portal does not know (the editor's {@code Version} among them) are passed over.
 */
@RequiredArgsConstructor
final class LrmxReader {

    private final LrmxWords words;

    ParsedLrmx read(String file, byte[] content) {
        Document doc;
        try {
            doc = LrmxXml.parse(content);
        } catch (LrmxXml.Refused e) {
            return new ParsedLrmx(file, null, List.of(new FileError(file, "", e.messageKey, List.of(e.args))));
        }
        Element root = doc.getDocumentElement();
        if (!Lrmx.PERSON.equals(root.getTagName())) {
            return new ParsedLrmx(file, null, List.of(new FileError(file, root.getTagName(), "lrmx.error.root",
                    List.of(Lrmx.PERSON))));
        }
        Box box = new Box(file, "", root, new ArrayList<>());
        String name = box.text(Lrmx.NAME, 50, true);
        String genderText = box.text(Lrmx.GENDER, 10, true);
        Gender gender = genderText.isEmpty() ? null : words.gender(genderText).orElse(null);
        if (!genderText.isEmpty() && gender == null) {
            box.error(Lrmx.GENDER, "lrmx.error.gender", words.gender(Gender.MALE), words.gender(Gender.FEMALE));
        }
        YearMonth birthMonth = box.month(Lrmx.BIRTH, true);
        String idText = box.text(Lrmx.ID_NUMBER, 18, true);
        LrmxIdNumber id = idText.isEmpty() ? null : LrmxIdNumber.read(idText);
        if (id != null && !id.valid()) {
            box.error(Lrmx.ID_NUMBER, id.problem());
        }
        LocalDate birthDate = birthMonth == null ? null : birthMonth.atDay(1);
        if (id != null && id.valid()) {
            if (birthMonth != null && !YearMonth.from(id.birthDate()).equals(birthMonth)) {
                box.error(Lrmx.BIRTH, "lrmx.error.birthNotId", LrmxDates.month(YearMonth.from(id.birthDate())));
            } else {
                birthDate = id.birthDate();
            }
            if (gender != null && gender != id.gender()) {
                box.error(Lrmx.GENDER, "lrmx.error.genderNotId", words.gender(id.gender()));
            }
        }
        String ethnicity = box.text(Lrmx.ETHNICITY, 20, false);
        String nativePlace = box.text(Lrmx.NATIVE_PLACE, 100, false);
        String birthPlace = box.text(Lrmx.BIRTH_PLACE, 100, false);
        YearMonth partyJoined = box.month(Lrmx.PARTY_JOINED, false);
        YearMonth workStarted = box.month(Lrmx.WORK_STARTED, false);
        String health = box.text(Lrmx.HEALTH, 50, false);
        String title = box.text(Lrmx.TITLE, 100, false);
        String expertise = box.text(Lrmx.EXPERTISE, 200, false);
        Schooling fullTime = schooling(box, Lrmx.FULL_TIME);
        Schooling partTime = schooling(box, Lrmx.PART_TIME);
        String currentPost = box.text(Lrmx.CURRENT_POST, 500, false);
        String proposedPost = box.text(Lrmx.PROPOSED_POST, 500, false);
        String proposedRemoval = box.text(Lrmx.PROPOSED_REMOVAL, 500, false);
        List<String> resume = box.lines(Lrmx.RESUME, 20_000);
        List<String> rewards = box.lines(Lrmx.REWARDS, 10_000);
        if (rewards.size() == 1 && rewards.get(0).strip().equals(words.none())) {
            rewards = List.of();
        }
        List<String> annual = box.lines(Lrmx.ANNUAL_RESULTS, 2000);
        String reason = box.text(Lrmx.REASON, 2000, false);
        List<Relative> family = family(box);
        String reportingUnit = box.text(Lrmx.REPORTING_UNIT, 200, false);
        LocalDate ageOn = box.day(Lrmx.AGE_ON);
        LocalDate filledOn = box.day(Lrmx.FILLED_ON);
        String filledBy = box.text(Lrmx.FILLED_BY, 50, false);
        Photo photo = null;
        try {
            photo = LrmxPhoto.decode(box.raw(Lrmx.PHOTO));
        } catch (LrmxPhoto.Refused e) {
            box.error(Lrmx.PHOTO, e.messageKey, Lrmx.MAX_PHOTO_BYTES / 1024 / 1024);
        }
        AppointmentRecord person = new AppointmentRecord(0L, name, gender, birthDate, ethnicity, nativePlace,
                birthPlace, partyJoined, workStarted, health, title, expertise, fullTime, partTime, currentPost,
                proposedPost, proposedRemoval, resume, rewards, annual, reason, reportingUnit, family, photo,
                id == null ? idText : id.value(), ageOn, filledOn, filledBy);
        return new ParsedLrmx(file, person, List.copyOf(box.errors));
    }

    private static Schooling schooling(Box box, String prefix) {
        return new Schooling(box.text(prefix + Lrmx.EDUCATION, 50, false), box.text(prefix + Lrmx.DEGREE, 50, false),
                box.text(prefix + Lrmx.EDUCATION_SCHOOL, 200, false), box.text(prefix + Lrmx.DEGREE_SCHOOL, 200, false));
    }

    private static List<Relative> family(Box box) {
        Element list = box.element(Lrmx.FAMILY);
        List<Relative> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        int number = 0;
        for (Element item : children(list)) {
            if (!Lrmx.ITEM.equals(item.getTagName()) || item.getTextContent().isBlank()) {
                continue; // the editor writes empty items for the rows left blank
            }
            number++;
            if (number > Lrmx.MAX_FAMILY) {
                box.error(Lrmx.FAMILY, "lrmx.error.tooMany", Lrmx.MAX_FAMILY);
                break;
            }
            Box f = new Box(box.file, Lrmx.FAMILY + "/" + Lrmx.ITEM + "[" + number + "]/", item, box.errors);
            out.add(new Relative(f.text(Lrmx.RELATION, 20, true), f.text(Lrmx.RELATIVE_NAME, 50, true),
                    f.month(Lrmx.RELATIVE_BIRTH, false), f.text(Lrmx.POLITICAL_STATUS, 50, false),
                    f.text(Lrmx.WORK_AND_POST, 200, false)));
        }
        return out;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The child elements of one element (the person or a family member), read and checked box by box. */
    private static final class Box {

        final String file;
        final String path;
        final List<FileError> errors;
        private final Map<String, Element> byName = new LinkedHashMap<>();

        Box(String file, String path, Element parent, List<FileError> errors) {
            this.file = file;
            this.path = path;
            this.errors = errors;
            for (Element e : children(parent)) {
                if (byName.putIfAbsent(e.getTagName(), e) != null && !Lrmx.ITEM.equals(e.getTagName())) {
                    error(e.getTagName(), "lrmx.error.repeated");
                }
            }
        }

        Element element(String name) {
            return byName.get(name);
        }

        String raw(String name) {
            Element e = byName.get(name);
            return e == null ? "" : e.getTextContent();
        }

        String text(String name, int max, boolean required) {
            String v = raw(name).strip();
            if (v.isEmpty() && required) {
                error(name, "lrmx.error.required");
            } else if (v.codePointCount(0, v.length()) > max) {
                error(name, "lrmx.error.tooLong", max);
            }
            return v;
        }

        /** A box of several lines: each line without trailing blanks, blank lines left out. */
        List<String> lines(String name, int max) {
            String v = raw(name);
            if (v.codePointCount(0, v.length()) > max) {
                error(name, "lrmx.error.tooLong", max);
            }
            return v.lines().map(String::stripTrailing).filter(l -> !l.isBlank()).toList();
        }

        YearMonth month(String name, boolean required) {
            return date(name, required, LrmxDates::readMonth, "lrmx.error.month");
        }

        LocalDate day(String name) {
            return date(name, false, LrmxDates::readDay, "lrmx.error.day");
        }

        private <T> T date(String name, boolean required, Function<String, Optional<T>> reader, String key) {
            String v = text(name, 20, required);
            if (v.isEmpty()) {
                return null;
            }
            Optional<T> value = reader.apply(v);
            if (value.isEmpty()) {
                error(name, key, v);
            }
            return value.orElse(null);
        }

        void error(String name, String key, Object... args) {
            String element = path + name;
            if (errors.stream().noneMatch(e -> e.element().equals(element) && e.file().equals(file))) {
                errors.add(new FileError(file, element, key, List.of(args)));
            }
        }
    }
}
