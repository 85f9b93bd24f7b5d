package com.keyaccount.portal.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of an appraisal template (考核表模板, the 000 forms as data): its definition kept as JSON, never changed
 * once forms use it; a change is saved as the next version. Standard templates are the ones the portal ships.
 */
@Entity
@Table(name = "appraisal_template")
public class AppraisalTemplate {

    /** Parsed definitions by template id; versions are immutable, and a few hundred at most exist. */
    private static final Map<Long, TemplateDefinition> PARSED = new ConcurrentHashMap<>();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String code;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    private PeriodKind periodKind;

    @Column(nullable = false)
    private String definition;

    @Column(nullable = false)
    private boolean standard;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_by_name")
    private String createdByName;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Transient
    private TemplateDefinition parsed;

    protected AppraisalTemplate() {
    }

    AppraisalTemplate(TemplateDefinition template, boolean standard, String createdByName, Instant createdAt) {
        this.code = template.code();
        this.templateVersion = template.version();
        this.nameZh = template.name().zh();
        this.nameEn = template.name().en();
        this.periodKind = template.period();
        this.definition = AppraisalJson.write(template);
        this.standard = standard;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
        this.parsed = template;
    }

    /**
     * The definition. A stored version never changes (a change is a new version), so it is read once per JVM and
     * kept by id.
     */
    public TemplateDefinition definition() {
        if (parsed == null) {
            parsed = id == null ? AppraisalJson.readTemplate(definition)
                    : PARSED.computeIfAbsent(id, key -> AppraisalJson.readTemplate(definition));
        }
        return parsed;
    }

    void retire() {
        this.retired = true;
    }

    void restore() {
        this.retired = false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public PeriodKind getPeriodKind() {
        return periodKind;
    }

    public boolean isStandard() {
        return standard;
    }

    public boolean isRetired() {
        return retired;
    }

    public String getCreatedByName() {
        return createdByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
