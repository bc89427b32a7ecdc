package org.cadreportal.base;

/**
 * A record that does not exist, or exists outside the caller's data scope: both look the same to the
 * user on purpose, so a URL cannot be used to probe for other units' records.
 */
public class RecordNotFoundException extends PortalException {

    public RecordNotFoundException() {
        super("error.notFound");
    }
}
