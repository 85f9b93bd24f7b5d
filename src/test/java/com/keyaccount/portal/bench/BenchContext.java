package com.keyaccount.portal.bench;

import com.keyaccount.portal.Application;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The portal's Spring context for an in-process benchmark on MariaDB (demo company, no demo customers), calls as a
 * demo user, and the statistics the benchmark tables print (median, nearest-rank p95).
 */
final class BenchContext {

    private BenchContext() {
    }

    /** Starts the portal on {@code url} (root without password unless bench.username / bench.password say otherwise). */
    static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class)
                // the security chain needs a servlet context (as the ITs have); no request is sent to it
                .web(WebApplicationType.SERVLET)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludesTestBeans",
                        new MainClassesOnly()))
                // command-line arguments: they outrank application.properties, default properties do not
                .run("--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getProperty("bench.username", "root"),
                        "--spring.datasource.password=" + System.getProperty("bench.password", ""),
                        "--portal.demo-data.enabled=true", "--portal.demo-data.customers=0",
                        "--portal.storage.dir=" + System.getProperty("java.io.tmpdir") + "/portal-bench-files",
                        "--spring.main.banner-mode=off", "--server.port=0",
                        // dev mode scans the class path for Vaadin classes; all of it does not fit in 256 MB
                        "--vaadin.allowed-packages=com.keyaccount.portal,com.vaadin.flow.component");
    }

    /** Runs {@code work} signed in as the demo user. */
    static <T> T as(ConfigurableApplicationContext context, String username, Supplier<T> work) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }

    static String machine() {
        return String.format(Locale.ROOT, "%d cores, %s %s; Java %s, max heap %.0f MB",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.version(), Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /**
     * The test classes sit on the benchmark's class path, and their {@code @Component}s (fixtures, vetoing guards,
     * probe jobs) would join the portal's component scan: only the portal's own classes are scanned.
     */
    private static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }
}
