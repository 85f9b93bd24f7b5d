package com.keyaccount.portal.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock and one business time zone for the whole portal, so rules that depend on time are testable. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ZoneId businessZone(@Value("${portal.time-zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }
}
