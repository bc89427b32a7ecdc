package org.cadreportal.base;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Services take the time from this clock, never from the system, so tests (and the demo's year) can move it. */
@Configuration
class ClockConfig {

    @Bean
    PortalClock clock(@Value("${portal.zone:Asia/Shanghai}") String zone) {
        return new PortalClock(ZoneId.of(zone));
    }
}
