package org.cadreportal.cadre.service;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import lombok.RequiredArgsConstructor;
import org.cadreportal.cadre.AppointmentRecord;
import org.cadreportal.cadre.AppointmentRecord.Relative;
import org.cadreportal.cadre.AppointmentRecord.Schooling;

/**
 * Writes one {@link AppointmentRecord} as an LRMX file: UTF-8 with its XML declaration, the elements in
 * the editor's order, empty elements for empty boxes, multi-line boxes (简历, 奖惩情况, 年度考核结果) one
 * line per line, the photo as plain base64.
 */
@RequiredArgsConstructor
final class LrmxWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final LrmxWords words;

    void write(AppointmentRecord r, OutputStream out) {
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement(Lrmx.PERSON);
            Out o = new Out(x, "  ");
            o.text(Lrmx.NAME, r.name());
            o.text(Lrmx.GENDER, words.gender(r.gender()));
            o.text(Lrmx.BIRTH, r.birthDate() == null ? "" : LrmxDates.month(java.time.YearMonth.from(r.birthDate())));
            o.text(Lrmx.ETHNICITY, r.ethnicity());
            o.text(Lrmx.NATIVE_PLACE, r.nativePlace());
            o.text(Lrmx.BIRTH_PLACE, r.birthPlace());
            o.text(Lrmx.PARTY_JOINED, LrmxDates.month(r.partyJoined()));
            o.text(Lrmx.WORK_STARTED, LrmxDates.month(r.workStarted()));
            o.text(Lrmx.HEALTH, r.health());
            o.text(Lrmx.TITLE, r.professionalTitle());
            o.text(Lrmx.EXPERTISE, r.expertise());
            schooling(o, Lrmx.FULL_TIME, r.fullTime());
            schooling(o, Lrmx.PART_TIME, r.partTime());
            o.text(Lrmx.CURRENT_POST, r.currentPost());
            o.text(Lrmx.PROPOSED_POST, r.proposedPost());
            o.text(Lrmx.PROPOSED_REMOVAL, r.proposedRemoval());
            o.text(Lrmx.RESUME, lines(r.resumeLines()));
            o.text(Lrmx.REWARDS, r.rewards() == null || r.rewards().isEmpty() ? words.none() : lines(r.rewards()));
            o.text(Lrmx.ANNUAL_RESULTS, lines(r.annualResults()));
            o.text(Lrmx.REASON, r.reason());
            family(o, r.family());
            o.text(Lrmx.REPORTING_UNIT, r.reportingUnit());
            o.text(Lrmx.AGE_ON, LrmxDates.day(r.ageOn()));
            o.text(Lrmx.FILLED_ON, LrmxDates.day(r.filledOn()));
            o.text(Lrmx.FILLED_BY, r.filledBy());
            o.text(Lrmx.ID_NUMBER, r.idNumber());
            o.text(Lrmx.PHOTO, LrmxPhoto.encode(r.photo()));
            o.text(Lrmx.VERSION, Lrmx.VERSION_WRITTEN);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new java.io.UncheckedIOException(new java.io.IOException(e));
        }
    }

    private static void schooling(Out o, String prefix, Schooling s) throws XMLStreamException {
        Schooling v = s == null ? Schooling.NONE : s;
        o.text(prefix + Lrmx.EDUCATION, v.education());
        o.text(prefix + Lrmx.DEGREE, v.degree());
        o.text(prefix + Lrmx.EDUCATION_SCHOOL, v.educationSchool());
        o.text(prefix + Lrmx.DEGREE_SCHOOL, v.degreeSchool());
    }

    private static void family(Out o, List<Relative> family) throws XMLStreamException {
        o.start(Lrmx.FAMILY);
        Out item = o.inner();
        for (Relative rel : family == null ? List.<Relative>of() : family) {
            item.start(Lrmx.ITEM);
            Out f = item.inner();
            f.text(Lrmx.RELATION, rel.relation());
            f.text(Lrmx.RELATIVE_NAME, rel.name());
            f.text(Lrmx.RELATIVE_BIRTH, LrmxDates.month(rel.birth()));
            f.text(Lrmx.POLITICAL_STATUS, rel.politicalStatus());
            f.text(Lrmx.WORK_AND_POST, rel.workAndPost());
            item.end();
        }
        o.end();
    }

    private static String lines(List<String> lines) {
        return lines == null ? "" : String.join("\n", lines);
    }

    /** Indented output at one depth. */
    private record Out(XMLStreamWriter x, String indent) {

        void text(String element, String value) throws XMLStreamException {
            x.writeCharacters("\n" + indent);
            x.writeStartElement(element);
            x.writeCharacters(xmlSafe(value));
            x.writeEndElement();
        }

        void start(String element) throws XMLStreamException {
            x.writeCharacters("\n" + indent);
            x.writeStartElement(element);
        }

        void end() throws XMLStreamException {
            x.writeCharacters("\n" + indent);
            x.writeEndElement();
        }

        Out inner() {
            return new Out(x, indent + "  ");
        }
    }

    /** Characters XML 1.0 cannot carry (controls other than tab and line feed, lone surrogates) are left out. */
    static String xmlSafe(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
