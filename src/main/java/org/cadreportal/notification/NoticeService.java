package org.cadreportal.notification;

import java.util.List;

/** The signed-in user's notices: those to their account and, for a cadre, those to their cadre. */
public interface NoticeService {

    /** The newest 100, newest first. */
    List<NoticeRow> myNotices();

    long countUnread();

    void markRead(long id);

    /** Marks every unread notice of the user read; returns how many. */
    int markAllRead();
}
