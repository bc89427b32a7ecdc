package org.cadreportal.notification;

/** The SMS gateway. The default implementation only logs; a real gateway replaces it as a bean. */
public interface SmsSender {

    void send(long cadreId, String body);
}
