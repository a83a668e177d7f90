package org.keepalived4j.netlink.vm;

import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The decision behind {@link RequiresVm}; the host check runs once per test run (cached in the root store). */
public final class VmCondition implements ExecutionCondition {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(VmCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Boolean.getBoolean("k4j.skipSystemTests")) {
            return ConditionEvaluationResult.disabled("k4j.skipSystemTests=true: VM tests skipped");
        }
        @SuppressWarnings("unchecked")
        Optional<String> reason = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("unavailableReason", k -> VmHarness.unavailableReason(), Optional.class);
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("IPVS VM available");
        }
        if ("true".equals(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: the IPVS VM is required, so this test runs and fails: "
                    + reason.get());
        }
        return ConditionEvaluationResult.disabled("IPVS VM not available here: " + reason.get()
                + " (with CI=true this is a failure, not a skip)");
    }
}
