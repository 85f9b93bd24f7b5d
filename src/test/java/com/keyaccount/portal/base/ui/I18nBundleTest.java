package com.keyaccount.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.keyaccount.portal.org.DepartmentKind;
import com.keyaccount.portal.org.EducationLevel;
import com.keyaccount.portal.org.EmploymentStatus;
import com.keyaccount.portal.security.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails the build when the bundles differ, a view uses a key no bundle has, or a view holds literal UI text. */
class I18nBundleTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile("getTranslation\\(\"([A-Za-z0-9_.]+)\"");
    private static final Pattern ERROR_KEY = Pattern.compile(
            "BusinessException(?:\\.onField\\(\"[A-Za-z]+\", |\\()\"([a-z][A-Za-z0-9_.]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title = \"([A-Za-z0-9_.]+)\"");
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(new (Button|H[1-6]|Span|Paragraph|Tab|RouterLink|Anchor|NativeLabel)"
                    + "|\\.set(Text|Label|HeaderText|HeaderTitle|Placeholder|HelperText|ErrorMessage|TooltipText"
                    + "|AriaLabel|ConfirmText|CancelText|EmptyStateText)"
                    + "|\\.setHeader|Notification\\.show)\\(\"[^\"]*[A-Za-z\\u4e00-\\u9fa5]");

    @Test
    void bothLanguagesOfEveryBundleHaveTheSameKeys() throws IOException {
        for (String basename : PortalI18NProvider.BASENAMES) {
            assertThat(load(basename, "zh_CN").stringPropertyNames()).as(basename)
                    .isEqualTo(load(basename, "en").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String basename : PortalI18NProvider.BASENAMES) {
            load(basename, "en").stringPropertyNames().forEach(key -> {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            });
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void noTranslationIsEmpty() throws IOException {
        for (String locale : List.of("zh_CN", "en")) {
            Properties bundle = bundle(locale);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).isNotBlank());
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path source : sources()) {
            String text = Files.readString(source);
            for (Pattern pattern : List.of(KEY_USE, MENU_TITLE, ERROR_KEY)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    boolean prefix = matcher.group(1).endsWith(".");
                    if (!prefix && !keys.contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumShownInTheUiHasALabel() throws IOException {
        Set<String> keys = bundle("en").stringPropertyNames();
        Map<String, Enum<?>[]> labelled = Map.of("role.", Role.values(), "education.", EducationLevel.values(),
                "departmentKind.", DepartmentKind.values(), "status.", EmploymentStatus.values());
        labelled.forEach((prefix, values) -> assertThat(values)
                .allSatisfy(value -> assertThat(keys).contains(prefix + value.name())));
    }

    @Test
    void viewsHoldNoLiteralUiText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_TEXT.matcher(lines.get(i)).find()) {
                    literals.add(source.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void literalTextDetectorCatchesHardCodedLabels() {
        assertThat(LITERAL_TEXT.matcher("new Button(\"保存\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("field.setLabel(\"Name\")").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("field.setLabel(getTranslation(\"employee.name\"))").find()).isFalse();
    }

    /** Every bundle of one language merged, as the provider sees them. */
    private static Properties bundle(String locale) throws IOException {
        Properties merged = new Properties();
        for (String basename : PortalI18NProvider.BASENAMES) {
            merged.putAll(load(basename, locale));
        }
        return merged;
    }

    private static Properties load(String basename, String locale) throws IOException {
        Properties properties = new Properties();
        String path = "/" + basename + "_" + locale + ".properties";
        try (InputStream in = I18nBundleTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }
}
