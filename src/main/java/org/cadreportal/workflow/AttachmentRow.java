package org.cadreportal.workflow;

/** A stored attachment as lists show it (the content is fetched only on download). */
public record AttachmentRow(long id, String fileName, String contentType, long sizeBytes) {
}
