package org.cadreportal.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Services take the time from this clock, never from the system, so tests can move it. */
@Configuration
class ClockConfig {

    @Bean
    Clock clock(@Value("${portal.zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
