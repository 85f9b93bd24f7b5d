package com.keyaccount.portal.appraisal;

import com.keyaccount.portal.base.BusinessException;
import java.util.List;

/**
 * A template refused because {@link TemplateValidator} found problems: the message is the first problem, and every
 * problem is available for the designer to list.
 */
public class TemplateProblemsException extends BusinessException {

    private final transient List<AppraisalProblem> problems;

    public TemplateProblemsException(List<AppraisalProblem> problems) {
        super(problems.getFirst().key(), problems.getFirst().args().toArray());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order of the form. */
    public List<AppraisalProblem> problems() {
        return problems;
    }
}
