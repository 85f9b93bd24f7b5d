package com.keyaccount.portal.approval;

import com.keyaccount.portal.base.BusinessException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The request types the modules contribute, by key; two beans with one key stop the start-up. */
@Component
class ApprovalTypes {

    private final Map<String, ApprovalType> byKey;

    ApprovalTypes(ObjectProvider<ApprovalType> types) {
        this.byKey = types.orderedStream().collect(Collectors.toUnmodifiableMap(ApprovalType::key, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two approval types with the key " + a.key());
                }));
    }

    static String defaultNameKey(String typeKey) {
        return "approval.type." + typeKey;
    }

    Optional<ApprovalType> find(String typeKey) {
        return Optional.ofNullable(typeKey).map(byKey::get);
    }

    ApprovalType require(String typeKey) {
        return find(typeKey).orElseThrow(() -> new BusinessException("approval.unknownType", String.valueOf(typeKey)));
    }

    /** The type's name key; a chain seeded for a module not yet installed still has a name in the bundle. */
    String nameKey(String typeKey) {
        return find(typeKey).map(ApprovalType::nameKey).orElseGet(() -> defaultNameKey(typeKey));
    }
}
