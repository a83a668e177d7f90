package org.keepalived4j.core.log;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.builder.api.AppenderComponentBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilder;
import org.apache.logging.log4j.core.config.builder.api.ConfigurationBuilderFactory;
import org.apache.logging.log4j.core.config.builder.api.RootLoggerComponentBuilder;
import org.apache.logging.log4j.core.config.builder.impl.BuiltConfiguration;

/**
 * Sets up logging as keepalived's options ask: syslog with the daemon facility (or {@code -S}) unless {@code -G},
 * the console with {@code -l} (keepalived's {@code Sat Nov 21 07:52:13 2026: message} form), a file with {@code -g},
 * debug detail with {@code -D}. Console output is asynchronous-safe: Log4j2 writes from the caller but never blocks
 * on syslog (datagram socket).
 */
public final class Logging {

    /** What to log where. */
    public record Settings(boolean console, boolean detail, boolean syslog, String facility, String file) {
    }

    private Logging() {
    }

    /** Configures Log4j2; call once, before the first logger is used. */
    public static void configure(Settings s) {
        LoggerContext ctx = Configurator.initialize(configuration(s));
        if (s.syslog()) {
            SyslogAppender syslog = new SyslogAppender("/dev/log", facilityCode(s.facility()));
            syslog.start();
            ctx.getConfiguration().addAppender(syslog);
            ctx.getConfiguration().getRootLogger().addAppender(syslog, null, null);
            ctx.updateLoggers();
        }
    }

    /** The Log4j2 configuration of {@code s}, syslog aside (added by {@link #configure}). */
    static BuiltConfiguration configuration(Settings s) {
        ConfigurationBuilder<BuiltConfiguration> b = ConfigurationBuilderFactory.newConfigurationBuilder();
        b.setStatusLevel(Level.ERROR);
        b.setConfigurationName("keepalived4j");
        String pattern = "%d{EEE MMM d HH:mm:ss yyyy}: %m%n";
        RootLoggerComponentBuilder root = b.newRootLogger(s.detail() ? Level.DEBUG : Level.INFO);
        if (s.console()) {
            AppenderComponentBuilder console = b.newAppender("console", "Console")
                    .addAttribute("target", ConsoleAppender.Target.SYSTEM_ERR)
                    .add(b.newLayout("PatternLayout").addAttribute("pattern", pattern));
            b.add(console);
            root.add(b.newAppenderRef("console"));
        }
        if (s.file() != null) {
            b.add(b.newAppender("file", "File").addAttribute("fileName", s.file()).addAttribute("append", true)
                    .add(b.newLayout("PatternLayout").addAttribute("pattern", pattern)));
            root.add(b.newAppenderRef("file"));
        }
        b.add(root);
        // pcap4j announces its library and property defaults at INFO; keepalived says nothing of the kind.
        b.add(b.newLogger("org.pcap4j", Level.WARN));
        // Netty's internals (its Unsafe probing at DEBUG under -D, "Failed to find a usable hardware address" on a
        // host or namespace without a MAC address) are not the operator's business; its real failures are errors.
        b.add(b.newLogger("io.netty", Level.ERROR));
        return b.build(false);
    }

    /** Syslog facility number: daemon 3, user 1, local0..7 16..23. */
    static int facilityCode(String facility) {
        if (facility == null || facility.equals("daemon")) {
            return 3;
        }
        if (facility.equals("user")) {
            return 1;
        }
        return 16 + (facility.charAt(facility.length() - 1) - '0');
    }
}
