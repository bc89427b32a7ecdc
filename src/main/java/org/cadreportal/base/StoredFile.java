package org.cadreportal.base;

/** A stored file handed out for download (an attachment, an evidence file). */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
