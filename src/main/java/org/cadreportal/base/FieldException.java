package org.cadreportal.base;

/** A refusal about one field of a form, so the form can mark that field. */
public class FieldException extends PortalException {

    private final String field;

    public FieldException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
