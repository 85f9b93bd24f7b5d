package com.keyaccount.portal.appraisal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The manager's signature (签字) on a form: the form's canonical content at the moment of signing and its SHA-256. The
 * canonical content is JSON with properties and map keys sorted and numbers without trailing zeros, so the same content
 * always hashes the same, whatever the storage did to scales; any later change of an answer, an opinion, the total or
 * the level gives another hash, which is how a tampered form shows.
 *
 * @param formId          the form
 * @param cycleId         its cycle
 * @param employeeId      the appraised employee
 * @param reviewerId      the reviewer who signs
 * @param templateCode    the template's code
 * @param templateVersion the template version the form keeps
 * @param answers         everything written on the form
 * @param opinions        the related departments' opinions
 * @param total           the total or 综合得分
 * @param level           the level
 */
public record FormSeal(long formId, long cycleId, long employeeId, long reviewerId, String templateCode,
        int templateVersion, FormAnswers answers, List<OpinionEntry> opinions, BigDecimal total, ResultLevel level) {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new PlainNumber()))
            .build();

    public FormSeal {
        Objects.requireNonNull(templateCode, "templateCode");
        Objects.requireNonNull(answers, "answers");
        opinions = List.copyOf(opinions);
    }

    /** The canonical JSON text that is hashed and kept with the signature. */
    public String canonicalContent() {
        return CANONICAL.writeValueAsString(this);
    }

    /** The SHA-256 of the canonical content, 64 lower-case hex digits. */
    public String hash() {
        return sha256(canonicalContent());
    }

    /** The SHA-256 of a text's UTF-8 bytes, 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Numbers as plain text without trailing zeros: 85, 85.0 and 85.00 are one content. */
    private static final class PlainNumber extends StdSerializer<BigDecimal> {

        PlainNumber() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.stripTrailingZeros().toPlainString());
        }
    }
}
