package com.keyaccount.portal.browser;

import com.keyaccount.portal.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal, started once per test JVM for every browser test (not once per class), on a free port. */
final class RunningPortal {

    private static ConfigurableApplicationContext context;
    private static String baseUrl;

    private RunningPortal() {
    }

    /** The started application's beans, for arranging what a test needs that the UI would take long to do. */
    static synchronized <T> T bean(Class<T> type) {
        baseUrl();
        return context.getBean(type);
    }

    static synchronized String baseUrl() {
        if (context == null) {
            context = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    // arguments, not default properties: those lose against application.properties
                    .run("--server.port=0", "--vaadin.devmode.devTools.enabled=false",
                            "--spring.datasource.url=jdbc:h2:mem:portal-browser;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                                    + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;TIME ZONE=UTC");
            baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return baseUrl;
    }
}
