package com.keyaccount.portal.approval;

import java.io.Serializable;

/** One step of a chain as the editor shows and saves it; {@code officeTitle} only for {@link ApproverRule#OFFICE}. */
public record ChainStepDraft(ApproverRule rule, String officeTitle) implements Serializable {
}
