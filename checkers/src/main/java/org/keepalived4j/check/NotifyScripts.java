package org.keepalived4j.check;

import java.io.File;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.keepalived4j.check.checker.ScriptUser;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.model.ScriptCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default handler of health events: runs the {@code notify_up}/{@code notify_down}/{@code quorum_up}/
 * {@code quorum_down} script of the event, without a shell, on the script executor (never on the checker loop).
 * Output is discarded; a script that cannot start or exits non-zero is logged. Scripts run as their user, else
 * {@code script_user} ({@link ScriptUser}).
 */
final class NotifyScripts implements Consumer<HealthEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

    private final Executor executor;
    private volatile ScriptUser scriptUser = ScriptUser.asThisProcess();

    NotifyScripts(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** @param user whom scripts run as from now on */
    void scriptUser(ScriptUser user) {
        this.scriptUser = Objects.requireNonNull(user, "user");
    }

    @Override
    public void accept(HealthEvent event) {
        ScriptCommand script = switch (event) {
            case HealthEvent.RealServerChanged rs -> rs.script();
            case HealthEvent.QuorumChanged q -> q.script();
        };
        if (script != null) {
            ScriptUser user = scriptUser;
            executor.execute(() -> run(script, user));
        }
    }

    private static void run(ScriptCommand script, ScriptUser user) {
        try {
            Process p = new ProcessBuilder(user.command(script))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            int rc = p.waitFor();
            if (rc != 0) {
                LOG.info("Script {} exited with status {}", script.program(), rc);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.error("Cannot run notify script {}: {}", script.program(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
