package com.keyaccount.portal.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem key the appraisal core can raise, and every label of its enums, is in both bundles. */
class AppraisalMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/keyaccount/portal/appraisal");
    private static final Pattern KEY = Pattern.compile("\"(appraisal\\.[a-z]+\\.[A-Za-z]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh_CN"})
    void everyKeyTheCoreRaisesIsTranslated(String locale) throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(bundle(locale).stringPropertyNames()).containsAll(used);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh_CN"})
    void everyEnumValueHasALabel(String locale) throws IOException {
        Set<String> keys = bundle(locale).stringPropertyNames();
        Stream.of(ResultLevel.values()).forEach(v -> assertThat(keys).contains("appraisal.level." + v.name()));
        Stream.of(BandLevel.values()).forEach(v -> assertThat(keys).contains("appraisal.band." + v.name()));
        Stream.of(PeriodKind.values()).forEach(v -> assertThat(keys).contains("appraisal.period." + v.name()));
        Stream.of(ProfileKind.values()).forEach(v -> assertThat(keys).contains("appraisal.profileKind." + v.name()));
        Stream.of(KpiFormula.Kind.values()).forEach(v -> assertThat(keys).contains("appraisal.formula." + v.name()));
    }

    @Test
    void chineseBandLabelsAreTheSourceColumnTitles() throws IOException {
        Properties zh = bundle("zh_CN");
        assertThat(Stream.of(BandLevel.values()).map(v -> zh.getProperty("appraisal.band." + v.name())))
                .containsExactly("超出目标", "达到目标", "接近目标", "远低于目标");
        assertThat(Stream.of(ResultLevel.values()).map(v -> zh.getProperty("appraisal.level." + v.name())))
                .containsExactly("优秀", "良好", "一般", "及格", "不及格");
    }

    private static Properties bundle(String locale) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AppraisalMessagesTest.class.getResourceAsStream("/i18n/messages_" + locale
                + ".properties"); InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
