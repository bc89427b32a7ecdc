package org.cadreportal.testing;

import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives every live test the same movable clock (one configuration, one shared context). */
@TestConfiguration
public class MovableClockConfig {

    @Bean
    @Primary
    MovableClock movableClock(@Value("${portal.zone:Asia/Shanghai}") String zone) {
        return new MovableClock(ZoneId.of(zone));
    }

}
