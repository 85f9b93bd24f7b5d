package com.keyaccount.portal.appraisal.repository;

import com.keyaccount.portal.appraisal.AppraisalTemplate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Template versions (appraisal_template). */
public interface AppraisalTemplateRepository extends JpaRepository<AppraisalTemplate, Long> {

    /** Every version of one template, newest first. */
    List<AppraisalTemplate> findByCodeOrderByTemplateVersionDesc(String code);

    /** The newest version of one template. */
    Optional<AppraisalTemplate> findFirstByCodeOrderByTemplateVersionDesc(String code);

    /** The newest version of every template, by code. */
    @Query("select t from AppraisalTemplate t where t.templateVersion = "
            + "(select max(u.templateVersion) from AppraisalTemplate u where u.code = t.code) order by t.code")
    List<AppraisalTemplate> findLatestVersions();

    boolean existsByCode(String code);

    /** How many versions each code has: rows of code and count. */
    @Query("select t.code, count(t) from AppraisalTemplate t group by t.code")
    List<Object[]> countVersionsByCode();
}
