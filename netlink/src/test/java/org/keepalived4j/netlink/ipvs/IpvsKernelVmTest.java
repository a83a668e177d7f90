package org.keepalived4j.netlink.ipvs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.keepalived4j.netlink.vm.GuestJava;
import org.keepalived4j.netlink.vm.GuestScenarioMain;
import org.keepalived4j.netlink.vm.GuestStep;
import org.keepalived4j.netlink.vm.RequiresVm;
import org.keepalived4j.netlink.vm.ScenarioReport;
import org.keepalived4j.netlink.vm.VmHarness;
import org.keepalived4j.netlink.vm.VmResult;
import org.keepalived4j.netlink.vm.VmSession;

/**
 * {@link GenlIpvsTable} against a real kernel: one VM boot runs {@link IpvsVmScenario} in a guest JVM. Each step
 * becomes a test that requires (1) the kernel's outcome to equal {@link InMemoryIpvsTable}'s and (2)
 * {@code ipvsadm}'s view after the step to be the expected one.
 */
@RequiresVm
class IpvsKernelVmTest {
    private static final Duration BOOT = Duration.ofSeconds(120);
    private static final Duration RUN = Duration.ofSeconds(180);

    @TestFactory
    List<DynamicTest> everyCommandAgainstTheKernel() {
        ScenarioReport report;
        try (VmSession vm = VmHarness.locate().start(BOOT)) {
            VmResult r = vm.exec(GuestJava.command(GuestScenarioMain.class, IpvsVmScenario.class.getName()), RUN);
            assertEquals(0, r.exitCode(), () -> "guest scenario failed:\n" + r.stderr() + "\n" + r.stdout());
            report = ScenarioReport.parse(r.stdout());
        }
        Map<String, Map<String, String>> expectedChecks = IpvsadmExpectations.CHECKS;
        List<DynamicTest> tests = new ArrayList<>();
        try (InMemoryIpvsTable fake = new InMemoryIpvsTable()) {
            for (GuestStep<IpvsTable> step : new IpvsVmScenario().steps()) {
                String fakeOutcome = step.outcome(fake);
                ScenarioReport.StepReport kernel = report.steps().get(step.name());
                tests.add(DynamicTest.dynamicTest(step.name(), () -> {
                    assertNotNull(kernel, "the guest did not report step " + step.name());
                    assertNotNull(IpvsadmExpectations.OUTCOMES.get(step.name()), "no expectation for this step");
                    assertEquals(IpvsadmExpectations.OUTCOMES.get(step.name()), kernel.outcome(), "kernel outcome");
                    assertEquals(kernel.outcome(), fakeOutcome, "the fake differs from the kernel");
                    assertEquals(expectedChecks.getOrDefault(step.name(), Map.of()), kernel.checks(), "ipvsadm");
                }));
            }
        }
        return tests;
    }
}
