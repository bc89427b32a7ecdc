package org.cadreportal.supervision.service;

import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.cadreportal.base.StoredText;
import org.cadreportal.notification.Notifier;
import org.cadreportal.notification.Notifier.Tell;
import org.springframework.stereotype.Component;

/**
 * Who is told what about an item, and through which channel: its responsible cadres, each on their own
 * account (an in-app notice) and on their phone (a line in the day's one SMS about 大督办, sent by the outbox
 * outside the quiet hours). Red and yellow lights, 节点提醒 and interview notices all come through here; the
 * nightly sweep gathers a page's yellow lights and 节点提醒 and sends them in one call.
 */
@Component
@RequiredArgsConstructor
class Reminders {

    /** The topic of supervision's daily SMS; the dashboard's 提醒短信 counts the delivered ones. */
    static final String TOPIC = "SUPERVISION";

    private final Notifier notifier;

    /** The item turned red (rung 1 of the ladder: a reminder). */
    void red(long itemId, String itemNo, String title, long cadreId) {
        send(List.of(tell(cadreId, itemId, "supervision.notice.red.title",
                StoredText.of("supervision.notice.red.body", itemNo, title),
                StoredText.of("supervision.sms.line.red", itemNo, title))));
    }

    /** The item turned yellow: every responsible cadre is told. */
    void yellow(long itemId, String itemNo, String title, Map<Long, String> cadres) {
        send(yellowTells(itemId, itemNo, title, cadres));
    }

    List<Tell> yellowTells(long itemId, String itemNo, String title, Map<Long, String> cadres) {
        return cadres.keySet().stream().map(cadreId -> tell(cadreId, itemId, "supervision.notice.yellow.title",
                StoredText.of("supervision.notice.yellow.body", itemNo, title),
                StoredText.of("supervision.sms.line.yellow", itemNo, title))).toList();
    }

    /** 节点提醒: {@code milestones} of the item are yellow or red and not reached. */
    Tell milestones(long itemId, String itemNo, String title, long cadreId, int milestones) {
        return tell(cadreId, itemId, "supervision.notice.milestone.title",
                StoredText.of("supervision.notice.milestone.body", itemNo, title, milestones),
                StoredText.of("supervision.sms.line.milestone", itemNo, title, milestones));
    }

    /** The item turned red again: the cadre is to be interviewed (rung 2). */
    void interview(long itemId, String itemNo, String title, long cadreId) {
        send(List.of(tell(cadreId, itemId, "supervision.notice.interview.title",
                StoredText.of("supervision.notice.interview.body", itemNo, title),
                StoredText.of("supervision.sms.line.interview", itemNo, title))));
    }

    /** Tells them all: notices and SMS lines in a few statements. */
    void send(List<Tell> tells) {
        notifier.tell(tells);
    }

    private static Tell tell(long cadreId, long itemId, String title, String body, String smsLine) {
        return new Tell(cadreId, title, body, "supervision/item/" + itemId, TOPIC, smsLine);
    }
}
