package org.cadreportal.base;

import java.util.Arrays;

/**
 * A refusal the user should read: carries a translation key and its arguments, so the service never
 * decides the language and the UI never shows a stack trace.
 */
public class PortalException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public PortalException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
