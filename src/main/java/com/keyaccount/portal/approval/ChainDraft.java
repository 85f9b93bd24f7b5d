package com.keyaccount.portal.approval;

import java.io.Serializable;
import java.util.List;

/** A chain as loaded for editing, with the version it was read at (optimistic locking). */
public record ChainDraft(String typeKey, String typeNameKey, long version, List<ChainStepDraft> steps)
        implements Serializable {

    public ChainDraft {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public ChainDraft withSteps(List<ChainStepDraft> newSteps) {
        return new ChainDraft(typeKey, typeNameKey, version, newSteps);
    }
}
