package org.cadreportal.workflow.domain;

/** An attachment's description, read without its content. */
public record AttachmentMeta(long recordId, long id, String fileName, String contentType, long sizeBytes) {
}
