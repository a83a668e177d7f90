package org.keepalived4j.netlink.vm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link GuestScenarioMain} printed, step by step.
 *
 * @param steps by step name, in order
 */
public record ScenarioReport(Map<String, StepReport> steps) {

    /**
     * @param outcome {@code ok}, {@code ok VALUE} or {@code error MESSAGE}
     * @param millis how long the action took in the guest
     * @param checks output of each check, by command, in order
     * @param exitCodes exit code of each check, by command
     */
    public record StepReport(String outcome, long millis, Map<String, String> checks, Map<String, Integer> exitCodes) {
    }

    /**
     * @param stdout the guest main's standard output
     * @return the report
     * @throws VmException when the text is not a complete report
     */
    public static ScenarioReport parse(String stdout) {
        Map<String, StepReport> steps = new LinkedHashMap<>();
        String name = null;
        String outcome = null;
        long millis = 0;
        String check = null;
        List<String> lines = new ArrayList<>();
        Map<String, String> checks = new LinkedHashMap<>();
        Map<String, Integer> exits = new LinkedHashMap<>();
        for (String line : stdout.split("\n", -1)) {
            if (line.startsWith("@@step ")) {
                name = line.substring(7);
                outcome = null;
                millis = 0;
                checks = new LinkedHashMap<>();
                exits = new LinkedHashMap<>();
            } else if (line.startsWith("@@outcome ")) {
                outcome = unescape(line.substring(10));
            } else if (line.startsWith("@@millis ") && check == null) {
                millis = Long.parseLong(line.substring(9).strip());
            } else if (line.startsWith("@@check ")) {
                check = line.substring(8);
                lines.clear();
            } else if (line.startsWith("@@exit ") && check != null) {
                checks.put(check, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
                exits.put(check, Integer.parseInt(line.substring(7).strip()));
                check = null;
            } else if (line.equals("@@end") && name != null) {
                steps.put(name, new StepReport(outcome, millis, checks, exits));
                name = null;
            } else if (check != null) {
                lines.add(line);
            }
        }
        if (name != null || check != null) {
            throw new VmException("guest report ends inside step " + name + (check == null ? "" : ", check " + check)
                    + ":\n" + stdout);
        }
        return new ScenarioReport(steps);
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
