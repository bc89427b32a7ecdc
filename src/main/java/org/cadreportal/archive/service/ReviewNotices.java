package org.cadreportal.archive.service;

import lombok.RequiredArgsConstructor;
import org.cadreportal.archive.domain.AchievementEntry;
import org.cadreportal.base.StoredText;
import org.cadreportal.notification.Notifier;
import org.springframework.stereotype.Component;

/**
 * Tells the cadre how his entry's review came out (issue 22 item 8): a notice on his bell, in the review's
 * transaction, naming the entry, the reviewer and, when it is returned, the reviewer's reason word for word;
 * an accepted entry carries its total score when the reviewer gave one. The link opens the entry.
 */
@Component
@RequiredArgsConstructor
class ReviewNotices {

    /** Enough of "what was done" to recognise the entry in a one-line title. */
    private static final int TITLE_CHARS = 24;

    private final Notifier notifier;

    void accepted(AchievementEntry entry) {
        Integer total = entry.getScores().total();
        String body = total == null
                ? StoredText.of("archive.notice.review.acceptedBody", name(entry), entry.getReviewerName())
                : StoredText.of("archive.notice.review.acceptedScoredBody", name(entry), entry.getReviewerName(), total);
        notifier.notice(entry.getCadre().getId(), StoredText.of("archive.notice.review.acceptedTitle", name(entry)),
                body, link(entry));
    }

    void returned(AchievementEntry entry) {
        notifier.notice(entry.getCadre().getId(), StoredText.of("archive.notice.review.returnedTitle", name(entry)),
                StoredText.of("archive.notice.review.returnedBody", name(entry), entry.getReviewerName(),
                        entry.getReturnReason()), link(entry));
    }

    private static String name(AchievementEntry entry) {
        String what = entry.getWhatDone().strip();
        return what.length() <= TITLE_CHARS ? what : what.substring(0, TITLE_CHARS) + "…";
    }

    private static String link(AchievementEntry entry) {
        return "archive/entry/" + entry.getId();
    }
}
