package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.appraisal.repository.AppraisalTemplateRepository;
import com.keyaccount.portal.audit.AuditDetail;
import com.keyaccount.portal.audit.AuditService;
import com.keyaccount.portal.base.BusinessException;
import com.keyaccount.portal.security.CurrentUser;
import com.keyaccount.portal.security.Permissions;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The appraisal templates (考核模板: the 000 forms of 大客户经理岗位描述范本 as data, and the designers' own) and their
 * versions. A saved version never changes, so forms keep the version they were created with: editing saves the next
 * version of the same code, refused while {@link TemplateValidator} finds problems or when someone saved a newer
 * version since the edited one was opened (concurrent designers never overwrite each other). Designers
 * ({@link Permissions.Appraisal#DESIGN}) write; whoever takes part in appraisals reads a definition. Every write is
 * audited.
 */
@Service
@Transactional
public class TemplateService {

    /** Reading a definition: forms show it (use), cycles choose it (cycle), designers edit it (design). */
    static final String HAS_READ = "hasAnyRole('" + Permissions.Appraisal.USE + "', '" + Permissions.Appraisal.DESIGN
            + "', '" + Permissions.Appraisal.CYCLE + "')";
    /** Listing templates: designers, and department heads choosing one for a cycle. */
    static final String HAS_LIST = "hasAnyRole('" + Permissions.Appraisal.DESIGN + "', '"
            + Permissions.Appraisal.CYCLE + "')";

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private final AppraisalTemplateRepository templates;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    TemplateService(AppraisalTemplateRepository templates, AuditService audit, CurrentUser currentUser, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The newest version of every template whose code or name (either language) contains {@code text} and whose
     * period is {@code period}; null or blank filters match all. Standard templates first, then by code.
     */
    @PreAuthorize(HAS_LIST)
    @Transactional(readOnly = true)
    public List<TemplateSummary> latestVersions(String text, PeriodKind period) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object[] row : templates.countVersionsByCode()) {
            counts.put((String) row[0], ((Number) row[1]).intValue());
        }
        String needle = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return templates.findLatestVersions().stream()
                .filter(template -> period == null || template.getPeriodKind() == period)
                .filter(template -> needle.isEmpty() || matches(template, needle))
                .map(template -> summary(template, counts.getOrDefault(template.getCode(), 1), true))
                .sorted(Comparator.comparing(TemplateSummary::standard).reversed()
                        .thenComparing(TemplateSummary::code))
                .toList();
    }

    /** Every version of one template, newest first. */
    @PreAuthorize(HAS_LIST)
    @Transactional(readOnly = true)
    public List<TemplateSummary> versions(String code) {
        List<AppraisalTemplate> versions = templates.findByCodeOrderByTemplateVersionDesc(code);
        return versions.stream().map(template -> summary(template, versions.size(), template == versions.getFirst()))
                .toList();
    }

    /** One version as lists show it. */
    @PreAuthorize(HAS_LIST)
    @Transactional(readOnly = true)
    public TemplateSummary summary(long templateId) {
        AppraisalTemplate template = load(templateId);
        List<AppraisalTemplate> versions = templates.findByCodeOrderByTemplateVersionDesc(template.getCode());
        return summary(template, versions.size(),
                versions.getFirst().getTemplateVersion() == template.getTemplateVersion());
    }

    /** The definition of one version. */
    @PreAuthorize(HAS_READ)
    @Transactional(readOnly = true)
    public TemplateDefinition definition(long templateId) {
        return load(templateId).definition();
    }

    /** Every problem of a template being edited, for the designer to list before saving. */
    @PreAuthorize(Permissions.Appraisal.HAS_DESIGN)
    @Transactional(readOnly = true)
    public List<AppraisalProblem> problems(TemplateDefinition template) {
        return TemplateValidator.validate(template);
    }

    /**
     * Saves {@code edited} as the next version of the template whose version {@code basedOnTemplateId} the designer
     * opened; the code stays, the version is the newest + 1. Refused with {@link TemplateProblemsException} when the
     * template has problems, and when a newer version than the edited one exists.
     */
    @PreAuthorize(Permissions.Appraisal.HAS_DESIGN)
    public TemplateSummary saveNewVersion(long basedOnTemplateId, TemplateDefinition edited) {
        AppraisalTemplate based = load(basedOnTemplateId);
        AppraisalTemplate latest = templates.findFirstByCodeOrderByTemplateVersionDesc(based.getCode())
                .orElseThrow();
        if (latest.getTemplateVersion() != based.getTemplateVersion()) {
            throw newerVersion(based.getTemplateVersion(), latest);
        }
        TemplateDefinition next = new TemplateDefinition(based.getCode(), edited.name(),
                latest.getTemplateVersion() + 1, edited.period(), edited.sections(), edited.levels());
        requireNoProblems(next);
        AppraisalTemplate saved = new AppraisalTemplate(next, based.isStandard(), currentUser.actorName(),
                clock.instant());
        if (latest.isRetired()) {
            saved.retire();
        }
        try {
            saved = templates.saveAndFlush(saved);
        } catch (DataIntegrityViolationException raced) {
            // another designer saved the same next version between our check and our insert
            throw new BusinessException("appraisal.designer.newerVersionRaced", based.getTemplateVersion());
        }
        audit.record(TemplateAudit.VERSION_SAVED, TemplateAudit.ENTITY, next.code(),
                AuditDetail.of("appraisal.audit.templateVersionSaved", next.name().zh(), next.version(),
                        based.getTemplateVersion()));
        return summary(saved, next.version(), true);
    }

    /** Creates a new template as version 1 under a new code. */
    @PreAuthorize(Permissions.Appraisal.HAS_DESIGN)
    public TemplateSummary createTemplate(TemplateDefinition template) {
        requireNewCode(template.code());
        TemplateDefinition first = new TemplateDefinition(template.code(), template.name(), 1, template.period(),
                template.sections(), template.levels());
        requireNoProblems(first);
        AppraisalTemplate saved = templates.saveAndFlush(new AppraisalTemplate(first, false, currentUser.actorName(),
                clock.instant()));
        audit.record(TemplateAudit.CREATED, TemplateAudit.ENTITY, first.code(),
                AuditDetail.of("appraisal.audit.templateCreated", first.name().zh()));
        return summary(saved, 1, true);
    }

    /** Copies one version as version 1 of a new template with its own code and names (not standard). */
    @PreAuthorize(Permissions.Appraisal.HAS_DESIGN)
    public TemplateSummary copyAsNew(long templateId, String newCode, LocalizedText names) {
        AppraisalTemplate source = load(templateId);
        requireNewCode(newCode);
        TemplateDefinition original = source.definition();
        TemplateDefinition copy = new TemplateDefinition(newCode, names, 1, original.period(), original.sections(),
                original.levels());
        requireNoProblems(copy);
        AppraisalTemplate saved = templates.saveAndFlush(new AppraisalTemplate(copy, false, currentUser.actorName(),
                clock.instant()));
        audit.record(TemplateAudit.COPIED, TemplateAudit.ENTITY, newCode,
                AuditDetail.of("appraisal.audit.templateCopied", names.zh(), source.getCode(),
                        source.getTemplateVersion()));
        return summary(saved, 1, true);
    }

    /** Retires every version of the template: no longer offered for new cycles; existing forms keep theirs. */
    @PreAuthorize(Permissions.Appraisal.HAS_DESIGN)
    public void retire(long templateId) {
        setRetired(load(templateId).getCode(), true);
    }

    /** Offers a retired template again. */
    @PreAuthorize(Permissions.Appraisal.HAS_DESIGN)
    public void restore(long templateId) {
        setRetired(load(templateId).getCode(), false);
    }

    private void setRetired(String code, boolean retired) {
        List<AppraisalTemplate> versions = templates.findByCodeOrderByTemplateVersionDesc(code);
        if (versions.getFirst().isRetired() == retired) {
            return;
        }
        versions.forEach(retired ? AppraisalTemplate::retire : AppraisalTemplate::restore);
        audit.record(retired ? TemplateAudit.RETIRED : TemplateAudit.RESTORED, TemplateAudit.ENTITY, code,
                AuditDetail.of(retired ? "appraisal.audit.templateRetired" : "appraisal.audit.templateRestored",
                        versions.getFirst().getNameZh()));
    }

    private void requireNewCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw BusinessException.onField("code", "appraisal.designer.codeInvalid");
        }
        if (templates.existsByCode(code)) {
            throw BusinessException.onField("code", "appraisal.designer.codeTaken", code);
        }
    }

    private static void requireNoProblems(TemplateDefinition template) {
        List<AppraisalProblem> problems = TemplateValidator.validate(template);
        if (!problems.isEmpty()) {
            throw new TemplateProblemsException(problems);
        }
    }

    private static BusinessException newerVersion(int edited, AppraisalTemplate latest) {
        return new BusinessException("appraisal.designer.newerVersion", edited, latest.getTemplateVersion(),
                String.valueOf(latest.getCreatedByName()));
    }

    private AppraisalTemplate load(long templateId) {
        return templates.findById(templateId)
                .orElseThrow(() -> new BusinessException("appraisal.designer.notFound", templateId));
    }

    private static boolean matches(AppraisalTemplate template, String needle) {
        return template.getCode().toLowerCase(Locale.ROOT).contains(needle)
                || template.getNameZh().contains(needle)
                || template.getNameEn().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static TemplateSummary summary(AppraisalTemplate template, int versions, boolean latest) {
        TemplateDefinition definition = template.definition();
        return new TemplateSummary(template.getId(), template.getCode(), template.getTemplateVersion(),
                definition.name(), template.getPeriodKind(), template.isStandard(), template.isRetired(),
                TemplateDefaults.any(definition), template.getCreatedAt(), template.getCreatedByName(), versions,
                latest);
    }
}
