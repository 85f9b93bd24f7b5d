package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How appraisal data is stored as JSON: template definitions ({@code appraisal_template.definition}), a form's answers
 * ({@code appraisal_form.answers}) and its section scores. Numbers are BigDecimals written in plain notation, so
 * scales survive; derived properties of the records (a range's {@code ordered}) are ignored when read back.
 */
final class AppraisalJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final TypeReference<Map<String, BigDecimal>> SCORES = new TypeReference<>() {
    };

    private AppraisalJson() {
    }

    static String write(TemplateDefinition template) {
        return JSON.writeValueAsString(template);
    }

    static TemplateDefinition readTemplate(String json) {
        return JSON.readValue(json, TemplateDefinition.class);
    }

    static String write(FormAnswers answers) {
        return JSON.writeValueAsString(answers);
    }

    static FormAnswers readAnswers(String json) {
        return JSON.readValue(json, FormAnswers.class);
    }

    static String writeScores(Map<String, BigDecimal> scores) {
        return JSON.writeValueAsString(scores);
    }

    static Map<String, BigDecimal> readScores(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, SCORES);
    }
}
