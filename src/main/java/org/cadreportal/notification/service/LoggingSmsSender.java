package org.cadreportal.notification.service;

import org.cadreportal.notification.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until a gateway is configured ({@code portal.sms.provider}), an SMS is written to the log (the number
 * masked) so the channel can be followed.
 */
@Configuration
class SmsConfig {

    private static final Logger log = LoggerFactory.getLogger(SmsConfig.class);

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "portal.sms.provider",
            havingValue = "log", matchIfMissing = true)
    SmsSender loggingSmsSender() {
        return sms -> {
            log.info("SMS to cadre {} ({}****{}): {}", sms.cadreId(), sms.mobile().substring(0, 3),
                    sms.mobile().substring(sms.mobile().length() - 4), sms.text());
            return null;
        };
    }
}
