package org.cadreportal.workflow;

/** A file the actor attaches to the step they are taking. */
public record NewAttachment(String fileName, byte[] content) {
}
