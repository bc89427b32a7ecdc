package org.cadreportal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile LRMX uploads: external entities (XXE), entity expansion (billion laughs), oversized files,
 * zip bombs and zip-slip names. Shared by the codec's unit test and {@code LrmxIT}.
 */
public final class HostileLrmx {

    /** A line of /etc/passwd that an XXE would bring into the cadre's name. */
    public static final String PASSWD_MARK = "root:";

    private HostileLrmx() {
    }

    /** The classic XXE: an external general entity pointing at /etc/passwd, used as the name. */
    public static byte[] externalEntity() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Person [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <Person><XingMing>&xxe;</XingMing><XingBie>男</XingBie><ChuShengNianYue>197001</ChuShengNianYue>
                <ShenFenZheng>11010519491231002X</ShenFenZheng></Person>
                """);
    }

    /** XXE through a parameter entity and an external DTD (out-of-band variant). */
    public static byte[] parameterEntity() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Person [ <!ENTITY % dtd SYSTEM "file:///etc/passwd"> %dtd; ]>
                <Person><XingMing>x</XingMing></Person>
                """);
    }

    /** Pulls /etc/passwd through XInclude, which needs no DOCTYPE. */
    public static byte[] xinclude() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Person xmlns:xi="http://www.w3.org/2001/XInclude"><XingMing><xi:include href="file:///etc/passwd"
                 parse="text"/></XingMing><XingBie>男</XingBie></Person>
                """);
    }

    /** Billion laughs: ten levels of ten references, a thousand million "lol"s if expanded. */
    public static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return utf8("<?xml version=\"1.0\"?><!DOCTYPE Person [" + dtd + "]><Person><XingMing>&lol10;</XingMing></Person>");
    }

    /** A well-formed LRMX-looking file of more than {@code bytes} bytes (a huge 简历). */
    public static byte[] huge(int bytes) {
        return utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Person><XingMing>x</XingMing><JianLi>"
                + "a".repeat(bytes) + "</JianLi></Person>");
    }

    /** A zip whose one entry unpacks to {@code megabytes} MB of zeros (a few KB packed). */
    public static byte[] zipBomb(String entryName, int megabytes) {
        return zip(Map.of(entryName, new byte[megabytes * 1024 * 1024]));
    }

    /** A zip with these entries, in this order if the map keeps one; names written as UTF-8. */
    public static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, StandardCharsets.UTF_8);
    }

    public static byte[] zip(Map<String, byte[]> entries, Charset names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A valid identity number from its first 17 digits (the check character computed). */
    public static String idNumber(String first17) {
        return first17 + org.cadreportal.cadre.IdentityNumber.checkChar(first17);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
