package org.keepalived4j.config.build;

import java.util.Locale;
import java.util.OptionalLong;
import org.keepalived4j.config.model.VrrpRxBufs;

/** {@code vrrp_rx_bufs_policy MTU|ADVERT|SIZE} and {@code vrrp_rx_bufs_multiplier N}. */
final class GlobalVrrpRxBufs {

    private GlobalVrrpRxBufs() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("vrrp_rx_bufs_policy", (b, n, ctx) -> {
            if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, "vrrp_rx_bufs_policy missing");
                return;
            }
            boolean size = b.rxBufsPolicy == VrrpRxBufs.Policy.SIZE;
            for (int i = 1; i <= n.argCount(); i++) {
                String w = n.arg(i - 1);
                switch (w.toUpperCase(Locale.ROOT)) {
                    case "MTU" -> b.rxBufsMtu = true;
                    case "ADVERT" -> b.rxBufsAdvert = true;
                    default -> {
                        // keepalived reads the first word here whichever word it is looking at.
                        OptionalLong v = GlobalArgs.unsigned(n, n.arg(0), 0, GlobalArgs.UINT_MAX, ctx);
                        if (v.isEmpty()) {
                            ctx.error(n, "Invalid vrrp_rx_bufs_policy " + w);
                        } else {
                            b.rxBufsSize = v.getAsLong();
                            size = true;
                        }
                    }
                }
            }
            if (size && (b.rxBufsMtu || b.rxBufsAdvert)) {
                ctx.error(n, "Cannot set vrrp_rx_bufs_policy size and policy, ignoring policy");
                b.rxBufsMtu = false;
                b.rxBufsAdvert = false;
            } else if (b.rxBufsMtu && b.rxBufsAdvert) {
                ctx.error(n, "Cannot set both vrrp_rx_bufs_policy MTU and ADVERT, ignoring ADVERT");
                b.rxBufsAdvert = false;
            }
            b.rxBufsPolicy = size ? VrrpRxBufs.Policy.SIZE : b.rxBufsMtu ? VrrpRxBufs.Policy.MTU
                    : b.rxBufsAdvert ? VrrpRxBufs.Policy.ADVERT : VrrpRxBufs.Policy.DEFAULT;
        });
        t.add("vrrp_rx_bufs_multiplier", (b, n, ctx) -> {
            if (n.argCount() != 1) {
                ctx.error(n, "Invalid vrrp_rx_bufs_multiplier");
                return;
            }
            OptionalLong v = GlobalArgs.unsigned(n, n.arg(0), 1, GlobalArgs.UINT_MAX, ctx);
            if (v.isEmpty()) {
                ctx.error(n, "Invalid vrrp_rx_bufs_multiplier " + n.arg(0));
                return;
            }
            b.rxBufsMultiplier = (int) Math.min(v.getAsLong(), Integer.MAX_VALUE);
        });
    }
}
