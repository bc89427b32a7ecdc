package org.cadreportal.cadre.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.cadreportal.cadre.AppointmentRecord.Photo;

/**
 * The 照片 of an LRMX file: base64 text that must decode to a JPEG or PNG, recognised by its content
 * (the first bytes, then the image header read by the image decoder) and not by what the file claims,
 * within {@link Lrmx#MAX_PHOTO_BYTES} and {@link Lrmx#MAX_PHOTO_SIDE}. The pixels are never decoded here.
 */
final class LrmxPhoto {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Why a photo was refused. */
    static final class Refused extends Exception {

        final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    private LrmxPhoto() {
    }

    static String encode(Photo photo) {
        return photo == null || photo.bytes() == null ? "" : Base64.getEncoder().encodeToString(photo.bytes());
    }

    /** The photo, or null for an empty element. */
    static Photo decode(String text) throws Refused {
        String compact = text.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return null;
        }
        if ((long) compact.length() * 3 / 4 > Lrmx.MAX_PHOTO_BYTES + 3L) {
            throw new Refused("lrmx.error.photoTooBig");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new Refused("lrmx.error.photoBase64");
        }
        if (bytes.length > Lrmx.MAX_PHOTO_BYTES) {
            throw new Refused("lrmx.error.photoTooBig");
        }
        String type = startsWith(bytes, JPEG_MAGIC) ? JPEG : startsWith(bytes, PNG_MAGIC) ? PNG : null;
        if (type == null || !headerReads(bytes, type)) {
            throw new Refused("lrmx.error.photoType");
        }
        return new Photo(bytes, type);
    }

    /** The decoder for that type reads the header and finds a sensible size. */
    private static boolean headerReads(byte[] bytes, String type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            return width > 0 && height > 0 && width <= Lrmx.MAX_PHOTO_SIDE && height <= Lrmx.MAX_PHOTO_SIDE;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
