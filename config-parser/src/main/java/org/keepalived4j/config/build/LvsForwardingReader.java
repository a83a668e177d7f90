package org.keepalived4j.config.build;

import java.util.Optional;
import java.util.OptionalInt;
import org.keepalived4j.config.model.lvs.Forwarding;
import org.keepalived4j.config.model.lvs.ForwardingMethod;
import org.keepalived4j.config.model.lvs.TunnelChecksum;
import org.keepalived4j.config.model.lvs.TunnelType;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * {@code lb_kind}/{@code lvs_method}/{@code sorry_server_lvs_method NAT|DR|TUN [type ipip|gue|gre] [port N]
 * [nocsum|csum|remcsum]}, as keepalived's {@code svr_forwarding_handler}: the method is taken as soon as it is
 * known; the tunnel options only when all of them are valid (otherwise the previous ones stay).
 */
final class LvsForwardingReader {

    private LvsForwardingReader() {
    }

    /**
     * Reads the statement.
     *
     * @param previous the current setting ({@code null} when unset), whose tunnel options are kept on a tunnel error
     * @param serverType "virtual", "real" or "sorry", for the messages
     * @return the new setting, or {@code previous} when the method is unknown
     */
    static Forwarding read(ConfigNode node, Forwarding previous, String serverType, BuildContext ctx) {
        String word = LvsArgs.word(node, 1, ctx);
        if (word == null) {
            return previous;
        }
        Optional<ForwardingMethod> m = ForwardingMethod.fromKeyword(word);
        if (m.isEmpty()) {
            ctx.error(node, "PARSER : unknown [" + word + "] routing method for " + serverType + " server.");
            return previous;
        }
        Forwarding keep = previous == null
                ? Forwarding.of(m.get())
                : new Forwarding(m.get(), previous.tunnelType(), previous.tunnelPort(), previous.checksum());
        TunnelType type = TunnelType.IPIP;
        int port = 0;
        TunnelChecksum csum = TunnelChecksum.NOCSUM;
        for (int i = 2; i <= node.argCount(); i++) {
            String opt = node.arg(i - 1);
            switch (opt) {
                case "type" -> {
                    if (i == node.argCount()) {
                        ctx.error(node, "Missing tunnel type for " + serverType + " server.");
                        return keep;
                    }
                    String t = node.arg(i);
                    switch (t) {
                        case "ipip" -> type = TunnelType.IPIP;
                        case "gue" -> type = TunnelType.GUE;
                        case "gre" -> type = TunnelType.GRE;
                        default -> {
                            ctx.error(node, "Unknown tunnel type " + t + " for " + serverType + " server.");
                            return keep;
                        }
                    }
                    i++;
                }
                case "port" -> {
                    if (i == node.argCount()) {
                        ctx.error(node, "Missing port for " + serverType + " server gue tunnel.");
                        return keep;
                    }
                    OptionalInt p = Numbers.readUnsigned(ctx, node.position(), node.arg(i), 1, 65535);
                    if (p.isEmpty()) {
                        ctx.error(node, "Invalid gue tunnel port " + node.arg(i) + " for " + serverType + " server.");
                        return keep;
                    }
                    port = p.getAsInt();
                    i++;
                }
                case "nocsum" -> csum = TunnelChecksum.NOCSUM;
                case "csum" -> csum = TunnelChecksum.CSUM;
                case "remcsum" -> csum = TunnelChecksum.REMCSUM;
                default -> {
                    ctx.error(node, "Invalid tunnel option " + opt + " for " + serverType + " server.");
                    return keep;
                }
            }
        }
        if ((type == TunnelType.GUE) != (port != 0)) {
            ctx.error(node, "gue tunnels require port, otherwise cannot have port.");
            return keep;
        }
        if (type == TunnelType.IPIP && csum != TunnelChecksum.NOCSUM) {
            ctx.error(node, "ipip tunnels do not support checksum option.");
            return keep;
        }
        if (type == TunnelType.GRE && csum == TunnelChecksum.REMCSUM) {
            ctx.error(node, "gre tunnels do not support remote checksum option.");
            return keep;
        }
        return new Forwarding(m.get(), type, port, csum);
    }
}
