package org.keepalived4j.netlink.vm;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link GuestScenario} inside the VM and prints a report that {@link ScenarioReport#parse} reads:
 * <pre>
 * @@step NAME
 * @@outcome ok ... | error ...        (line breaks escaped as \n)
 * @@millis N                          (how long the action took)
 * @@check COMMAND
 * ...its stdout and stderr...
 * @@exit CODE
 * @@end
 * </pre>
 * Start it with {@code GuestJava.command(GuestScenarioMain.class, ScenarioClass.class.getName())}.
 */
public final class GuestScenarioMain {
    private static final long CHECK_TIMEOUT_SECONDS = 60;

    private GuestScenarioMain() {
    }

    /**
     * @param args the scenario's class name
     * @throws Exception when the scenario cannot be created or opened
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GuestScenarioMain SCENARIO_CLASS");
            System.exit(2);
        }
        @SuppressWarnings("unchecked")
        GuestScenario<AutoCloseable> scenario = (GuestScenario<AutoCloseable>) Class.forName(args[0])
                .getDeclaredConstructor().newInstance();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (AutoCloseable context = scenario.open()) {
            for (GuestStep<AutoCloseable> step : scenario.steps()) {
                out.println("@@step " + step.name());
                long start = System.nanoTime();
                String outcome = step.outcome(context);
                out.println("@@outcome " + escape(outcome));
                out.println("@@millis " + (System.nanoTime() - start) / 1_000_000);
                for (String check : step.checks()) {
                    out.println("@@check " + check);
                    out.flush();
                    out.println("@@exit " + runCheck(check, out));
                }
                out.println("@@end");
            }
        }
    }

    private static int runCheck(String command, PrintStream out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] text = p.getInputStream().readAllBytes();
        if (!p.waitFor(CHECK_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            out.println("check timed out");
            return -1;
        }
        out.print(new String(text, StandardCharsets.UTF_8));
        if (text.length > 0 && text[text.length - 1] != '\n') {
            out.println();
        }
        return p.exitValue();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
