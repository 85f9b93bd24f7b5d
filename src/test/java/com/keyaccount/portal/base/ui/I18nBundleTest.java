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
import java.util.Locale;
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
    /** Where UI text goes: constructors of components that show text, and setters of their texts. */
    private static final Pattern TEXT_CALL = Pattern.compile(
            "new (Button|H[1-6]|Span|Paragraph|Tab|RouterLink|Anchor|NativeLabel|TextField|TextArea|PasswordField"
                    + "|EmailField|IntegerField|NumberField|BigDecimalField|DatePicker|DateTimePicker|TimePicker"
                    + "|ComboBox|MultiSelectComboBox|Select|Checkbox|CheckboxGroup|RadioButtonGroup|Div|Text"
                    + "|Notification|Details|Dialog|ConfirmDialog|MenuItem|SideNavItem)\\b(<[^>()]*>)?\\s*\\("
                    + "|\\.(set(Text|Label|HeaderText|HeaderTitle|Placeholder|HelperText|ErrorMessage|TooltipText"
                    + "|AriaLabel|ConfirmText|CancelText|RejectText|EmptyStateText|SummaryText|Title|Header|Footer)"
                    + "|addItem|show)\\s*\\(");
    /** A string literal with a letter or a Chinese character in it. */
    private static final Pattern TEXT_LITERAL = Pattern.compile("\"(\\\\.|[^\"\\\\])*[A-Za-z\\u4e00-\\u9fa5](\\\\.|[^\"\\\\])*\"");

    @Test
    void bothLanguagesOfEveryBundleHaveTheSameKeys() throws IOException {
        for (String basename : PortalI18NProvider.BASENAMES) {
            assertThat(load(basename, "zh_CN").stringPropertyNames()).as(basename)
                    .isEqualTo(load(basename, "en").stringPropertyNames());
        }
    }

    /** Parallel branches append to the bundles and merge them by union: a key must still appear once per file. */
    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        for (String basename : PortalI18NProvider.BASENAMES) {
            for (String language : List.of("zh_CN", "en")) {
                String resource = "/" + basename + "_" + language + ".properties";
                Set<String> seen = new TreeSet<>();
                Set<String> twice = new TreeSet<>();
                try (InputStream in = I18nBundleTest.class.getResourceAsStream(resource)) {
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .filter(line -> !line.isBlank() && !line.startsWith("#") && line.contains("="))
                            .map(line -> line.substring(0, line.indexOf('=')).strip())
                            .filter(key -> !seen.add(key)).forEach(twice::add);
                }
                assertThat(twice).as(resource).isEmpty();
            }
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
            literalTexts(Files.readString(source)).forEach(found -> literals.add(source.getFileName() + ":" + found));
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void literalTextDetectorCatchesHardCodedLabels() {
        List<String> caught = List.of(
                "new Button(\"保存\")",
                "field.setLabel(\"Name\")",
                "new TextField(\"Name\")",
                "new TextField(getTranslation(\"employee.name\"), \"e.g. Zhang\")",
                "new TextArea(\"备注\")",
                "new PasswordField(\"Password\")",
                "new EmailField(\"E-mail\")",
                "new IntegerField(\"Count\")",
                "new NumberField(\"Amount\")",
                "new DatePicker(\"Hire date\")",
                "new ComboBox<EmployeeOption>(\"Manager\")",
                "new ComboBox<>(\"Manager\")",
                "new Select<>(\"Level\", e -> {})",
                "new Checkbox(\"Active only\")",
                "new Div(\"无数据\")",
                "new Text(\"Hello\")",
                "new Notification(\"Saved\", 3000)",
                "Notification.show(\"Saved\")",
                "new Details(\"More\", content)",
                "new Dialog(\"Delete?\")",
                "dialog.setHeaderTitle(\"Delete?\")",
                "details.setSummaryText(\"More\")",
                "grid.addColumn(Row::name).setHeader(\n        \"Name\")",
                "new Button(\n        \"Save\", event -> save())",
                "new Span(name + \" (left)\")");
        assertThat(caught).allSatisfy(code -> assertThat(literalTexts(code)).as(code).hasSize(1));

        List<String> allowed = List.of(
                "field.setLabel(getTranslation(\"employee.name\"))",
                "new Button(getTranslation(\"common.save\"), event -> save())",
                "new TextField(\n        getTranslation(\"employee.name\"))",
                "new Div(new Span(getTranslation(\"x.y\")))",
                "new Span(\" · \")",
                "new Text(\"\")",
                "new Notification(text, 3000, Notification.Position.TOP_CENTER)",
                "span.addClassName(\"badge\")",
                "// new Button(\"in a comment\")",
                "/* field.setLabel(\"in a comment\") */",
                "new Div(getTranslation(\"a\") + \")\")",
                "newTextField(\"not a constructor\")");
        assertThat(allowed).allSatisfy(code -> assertThat(literalTexts(code)).as(code).isEmpty());
    }

    @Test
    void apostrophesAreWrittenDoubled() throws IOException {
        // every value is a MessageFormat pattern (PortalI18NProvider): a lone apostrophe would vanish on screen
        for (String locale : List.of("zh_CN", "en")) {
            Properties bundle = bundle(locale);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key).replace("''", "")).as(locale + " " + key).doesNotContain("'"));
        }
    }

    @Test
    void everyEnglishMessageWithArgumentsShowsItsApostrophes() throws IOException {
        PortalI18NProvider provider = new PortalI18NProvider();
        Properties english = bundle("en");
        for (String key : english.stringPropertyNames()) {
            String pattern = english.getProperty(key);
            long expected = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
            String shown = provider.getTranslation(key, Locale.ENGLISH, "a", "b", "c", "d");
            assertThat(shown.chars().filter(c -> c == '\'').count()).as(key + ": " + shown).isEqualTo(expected);
        }
    }

    /**
     * Literal text passed straight to a text call ({@link #TEXT_CALL}), as "line: call" entries. The call's arguments
     * may span lines; literals inside nested calls ({@code getTranslation("key")}) are keys, not text.
     */
    static List<String> literalTexts(String source) {
        String code = withoutComments(source);
        List<String> found = new ArrayList<>();
        Matcher call = TEXT_CALL.matcher(code);
        while (call.find()) {
            for (String argument : topLevelArguments(code, call.end())) {
                if (TEXT_LITERAL.matcher(argument).find()) {
                    int line = (int) code.substring(0, call.start()).chars().filter(c -> c == '\n').count() + 1;
                    found.add(line + ": " + call.group().trim() + argument.strip());
                    break;
                }
            }
        }
        return found;
    }

    /** The parts of the argument list opening at {@code from} that are outside nested parentheses. */
    private static List<String> topLevelArguments(String code, int from) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int depth = 1;
        for (int i = from; i < code.length() && depth > 0; i++) {
            char c = code.charAt(i);
            if (c == '"') {
                int end = endOfString(code, i);
                if (depth == 1) {
                    part.append(code, i, end);
                }
                i = end - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 1) {
                parts.add(part.toString());
                part.setLength(0);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** The source with comments blanked out (strings kept), so offsets and line numbers stay. */
    private static String withoutComments(String source) {
        StringBuilder code = new StringBuilder(source);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                i = endOfString(source, i) - 1;
            } else if (c == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 2 : 1) + 1);
            } else if (source.startsWith("//", i) || source.startsWith("/*", i)) {
                int end = source.startsWith("//", i) ? source.indexOf('\n', i) : source.indexOf("*/", i) + 2;
                end = end < i ? source.length() : end;
                for (int j = i; j < end; j++) {
                    if (code.charAt(j) != '\n') {
                        code.setCharAt(j, ' ');
                    }
                }
                i = end - 1;
            }
        }
        return code.toString();
    }

    /** The index just after the string literal (or text block) starting at {@code start}. */
    private static int endOfString(String code, int start) {
        if (code.startsWith("\"\"\"", start)) {
            int end = code.indexOf("\"\"\"", start + 3);
            return end < 0 ? code.length() : end + 3;
        }
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"' || c == '\n') {
                return i + 1;
            }
        }
        return code.length();
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
