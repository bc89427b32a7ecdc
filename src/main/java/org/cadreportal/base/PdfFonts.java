package org.cadreportal.base;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font printed records embed. The path is configuration ({@code portal.pdf.font}); by default
 * the usual places of Debian's fonts-noto-cjk are tried. A missing font is a clear error naming the
 * package, never a PDF of empty boxes.
 */
@Component
public class PdfFonts {

    private static final List<String> USUAL = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");

    private final String configured;
    private volatile BaseFont font;

    public PdfFonts(@Value("${portal.pdf.font:}") String configured) {
        this.configured = configured;
    }

    public BaseFont cjk() {
        BaseFont f = font;
        if (f == null) {
            f = load();
            font = f;
        }
        return f;
    }

    private BaseFont load() {
        List<String> candidates = configured.isBlank() ? USUAL : List.of(configured);
        for (String path : candidates) {
            if (Files.isReadable(Path.of(path))) {
                try {
                    // A .ttc holds several faces; ",0" picks the first (Simplified Chinese for Noto).
                    String face = path.endsWith(".ttc") ? path + ",0" : path;
                    return BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot read the PDF font " + path, e);
                }
            }
        }
        throw new PortalException("error.pdfFont", String.join(", ", candidates));
    }
}
