package org.cadreportal.notification.service;

import org.cadreportal.notification.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until a gateway is configured, an SMS is written to the log so the channel can be followed. */
@Configuration
class SmsConfig {

    private static final Logger log = LoggerFactory.getLogger(SmsConfig.class);

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender loggingSmsSender() {
        return (cadreId, body) -> log.info("SMS to cadre {}: {}", cadreId, body);
    }
}
