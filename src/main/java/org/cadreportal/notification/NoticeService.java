package org.cadreportal.notification;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The signed-in user's notices: those to their account and, for a cadre, those to their cadre. */
public interface NoticeService {

    /** The newest 100, newest first. */
    List<NoticeRow> myNotices();

    long countUnread();

    /** The unread ones, newest first, a page at a time; the page counts them all. */
    Page<NoticeRow> unread(Pageable page);

    void markRead(long id);

    /** Marks every unread notice of the user read; returns how many. */
    int markAllRead();
}
