package com.keyaccount.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Flyway numbering convention of src/docs/migrations.md: {@code V<release>_<module>[_<n>]__<module>_<what>.sql},
 * the module number matching the module word, so two modules working in parallel never pick the same version.
 */
class MigrationNamingTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final String GRANDFATHERED = "V1__foundation.sql";
    static final Pattern NAME = Pattern.compile(
            "V(?<release>[1-9][0-9]*)_(?<module>[1-9][0-9]*)(?:_(?<n>[1-9][0-9]*))?__(?<word>[a-z]+)_[a-z0-9_]+\\.sql");

    /** The module numbers; 5 has two words, the inbox being part of the workbench. */
    static final Map<String, Integer> MODULES = Map.ofEntries(Map.entry("base", 1), Map.entry("security", 2),
            Map.entry("org", 3), Map.entry("audit", 4), Map.entry("workbench", 5), Map.entry("inbox", 5),
            Map.entry("printing", 6), Map.entry("approval", 7), Map.entry("customer", 8),
            Map.entry("development", 9), Map.entry("appraisal", 10), Map.entry("notification", 11));

    @Test
    void everyMigrationFollowsTheConvention() throws IOException {
        assertThat(migrations()).contains(GRANDFATHERED)
                .allSatisfy(name -> assertThat(problem(name)).as(name).isNull());
    }

    @Test
    void noTwoMigrationsShareAVersion() throws IOException {
        Map<String, String> byVersion = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String name : migrations()) {
            String version = name.substring(1, name.indexOf("__"));
            String other = byVersion.put(version, name);
            if (other != null) {
                clashes.add(other + " and " + name);
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void theConventionRefusesWhatWouldCollide() {
        assertThat(problem("V2_3__org_department_head.sql")).isNull();
        assertThat(problem("V2_3_2__org_employee_phone.sql")).isNull();
        assertThat(problem("V2_5__inbox_task.sql")).isNull();
        assertThat(problem("V3_10__appraisal_cycle.sql")).isNull();
        assertThat(problem("V2_4__org_department_head.sql")).contains("module 3");
        assertThat(problem("V2__org_department_head.sql")).contains("pattern");
        assertThat(problem("V2_3__department_head.sql")).contains("unknown module");
        assertThat(problem("V2_3__org-head.sql")).contains("pattern");
        assertThat(problem("V2_12__reports_x.sql")).contains("unknown module");
        assertThat(problem("V2_11__notification_inbox.sql")).isNull();
    }

    /** What is wrong with a migration's name, or null when it follows the convention. */
    private static String problem(String name) {
        if (name.equals(GRANDFATHERED)) {
            return null;
        }
        Matcher matcher = NAME.matcher(name);
        if (!matcher.matches()) {
            return "does not match the pattern V<release>_<module>[_<n>]__<module>_<what>.sql";
        }
        Integer number = MODULES.get(matcher.group("word"));
        if (number == null) {
            return "unknown module " + matcher.group("word") + ": add it to src/docs/migrations.md and this test";
        }
        if (number != Integer.parseInt(matcher.group("module"))) {
            return "module " + matcher.group("word") + " is module " + number + ", not " + matcher.group("module");
        }
        return null;
    }

    private static List<String> migrations() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
