package org.keepalived4j.core.log;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * A Log4j2 appender writing to the local syslog socket in the form syslog(3) uses, with keepalived's identities:
 * {@code Keepalived_vrrp} for the VRRP part, {@code Keepalived_healthcheckers} for the checkers and
 * {@code Keepalived} for the rest, so that operators' filters on those names keep working.
 */
final class SyslogAppender extends AbstractAppender {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss", Locale.ENGLISH);

    private final UnixDatagram socket;
    private final int facility;
    private final long pid = ProcessHandle.current().pid();
    private boolean warned;

    SyslogAppender(String socketPath, int facility) {
        super("syslog", null, null, true, Property.EMPTY_ARRAY);
        this.socket = new UnixDatagram(socketPath);
        this.facility = facility;
    }

    @Override
    public void append(LogEvent event) {
        int pri = facility * 8 + severity(event.getLevel());
        String msg = "<" + pri + ">" + LocalDateTime.now().format(STAMP) + " " + ident(event.getLoggerName()) + "["
                + pid + "]: " + event.getMessage().getFormattedMessage();
        if (!socket.send(msg) && !warned) {
            warned = true;
            System.err.println("keepalived4j: cannot write to syslog; messages go to the console only");
        }
    }

    @Override
    public boolean stop(long timeout, java.util.concurrent.TimeUnit unit) {
        socket.close();
        return super.stop(timeout, unit);
    }

    static String ident(String logger) {
        if (logger.startsWith("org.keepalived4j.vrrp")) {
            return "Keepalived_vrrp";
        }
        if (logger.startsWith("org.keepalived4j.check")) {
            return "Keepalived_healthcheckers";
        }
        return "Keepalived";
    }

    private static int severity(Level l) {
        if (l.isMoreSpecificThan(Level.ERROR)) {
            return 3;
        }
        if (l.isMoreSpecificThan(Level.WARN)) {
            return 4;
        }
        if (l.isMoreSpecificThan(Level.INFO)) {
            return 6;
        }
        return 7;
    }
}
