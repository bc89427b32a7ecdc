package org.cadreportal.notification.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cadreportal.base.StoredText;
import org.cadreportal.base.StoredTexts;
import org.cadreportal.notification.SmsSender;
import org.cadreportal.notification.domain.OutboxMessage;

/**
 * What an SMS reads. Phones have no UI language: they get the portal's default, Chinese. A daily SMS
 * sums up its lines: how many, the first {@value #SHOWN} in full, and how many more wait in the portal.
 */
final class SmsTexts {

    static final int SHOWN = 3;

    private SmsTexts() {
    }

    static SmsSender.Sms compose(OutboxMessage m, String mobile, StoredTexts texts) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        if (m.getLineCount() == 0) {
            String text = texts.show(m.getBody(), zh);
            return new SmsSender.Sms(m.getCadreId(), mobile, text, 0, text);
        }
        List<String> shown = new ArrayList<>();
        for (String line : m.getBody().split("\n")) {
            if (shown.size() == SHOWN) {
                break;
            }
            shown.add(texts.show(line, zh));
        }
        StringBuilder text = new StringBuilder(texts.show(StoredText.of("sms.daily.head", m.getLineCount()), zh))
                .append(String.join(texts.show("sms.daily.separator", zh), shown));
        if (m.getLineCount() > shown.size()) {
            text.append(texts.show(StoredText.of("sms.daily.more", m.getLineCount() - shown.size()), zh));
        }
        text.append(texts.show("sms.daily.tail", zh));
        return new SmsSender.Sms(m.getCadreId(), mobile, text.toString(), m.getLineCount(), shown.getFirst());
    }
}
