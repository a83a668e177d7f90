package org.keepalived4j.check;

import java.io.File;
import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.keepalived4j.check.health.HealthEvent;
import org.keepalived4j.config.model.ScriptCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default handler of health events: runs the {@code notify_up}/{@code notify_down}/{@code quorum_up}/
 * {@code quorum_down} script of the event, without a shell, on the script executor (never on the checker loop).
 * Output is discarded; a script that cannot start or exits non-zero is logged. Running as {@code script_user} and
 * {@code notify_fifo} are the daemon's business: it passes its own handler to {@link LvsRuntime.Builder#events}.
 */
final class NotifyScripts implements Consumer<HealthEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("Keepalived_healthcheckers");

    private final Executor executor;

    NotifyScripts(Executor executor) {
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    @Override
    public void accept(HealthEvent event) {
        ScriptCommand script = switch (event) {
            case HealthEvent.RealServerChanged rs -> rs.script();
            case HealthEvent.QuorumChanged q -> q.script();
        };
        if (script != null) {
            executor.execute(() -> run(script));
        }
    }

    private static void run(ScriptCommand script) {
        try {
            Process p = new ProcessBuilder(script.args())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            int rc = p.waitFor();
            if (rc != 0) {
                LOG.info("Script {} exited with status {}", script.program(), rc);
            }
        } catch (IOException e) {
            LOG.error("Cannot run notify script {}: {}", script.program(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
