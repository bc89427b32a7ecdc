package org.cadreportal.notification;

import java.util.List;

/** The signed-in cadre's notices. */
public interface NoticeService {

    List<NoticeRow> myNotices();

    long countUnread();

    void markRead(long id);
}
