package org.keepalived4j.config.build;

import org.keepalived4j.config.ConfigErrorKind;

/** The GARP keywords of a {@code vrrp_instance} ({@code garp_master_delay}, ..., {@code garp_extra_if}). */
final class VrrpGarpKeywords {

    private static final long MAX_SECONDS = 0xFFFF_FFFFL / 1_000_000;

    private VrrpGarpKeywords() {
    }

    static void addTo(KeywordTable<VrrpInstanceBuilder> t) {
        t.add("garp_master_delay", (b, n, c) -> {
            String s = Args.first(n, c);
            if (s == null) {
                return;
            }
            var v = Numbers.readDecimal(c, n.position(), s, 0, MAX_SECONDS, 0);
            if (v.isEmpty()) {
                c.error(n, "(" + b.name + "): garp_master_delay '" + s + "' invalid - ignoring");
                return;
            }
            b.garpDelayUs = v.getAsLong() * 1_000_000;
        });
        t.add("garp_master_refresh", (b, n, c) -> {
            String s = Args.first(n, c);
            if (s == null) {
                return;
            }
            var v = Numbers.readDecimal(c, n.position(), s, 0, 0xFFFF_FFFFL, 0);
            if (v.isEmpty()) {
                c.error(n, "(" + b.name + "): Invalid garp_master_refresh '" + s + "' - ignoring");
                b.garpRefreshUs = 0;
            } else {
                b.garpRefreshUs = v.getAsLong() * 1_000_000;
            }
        });
        t.add("garp_master_repeat", (b, n, c) -> {
            Integer r = repeat(b, n, c, "garp_master_repeat");
            if (r != null) {
                b.garpRep = r;
            }
        });
        t.add("garp_master_refresh_repeat", (b, n, c) -> {
            Integer r = repeat(b, n, c, "garp_master_refresh_repeat");
            if (r != null) {
                b.garpRefreshRep = r;
            }
        });
        t.add("garp_lower_prio_delay", (b, n, c) -> {
            String s = Args.first(n, c);
            if (s == null) {
                return;
            }
            var v = Numbers.readDecimal(c, n.position(), s, 0, MAX_SECONDS, 0);
            if (v.isEmpty()) {
                c.error(n, "(" + b.name + "): garp_lower_prio_delay '" + s + "' invalid - ignoring");
                return;
            }
            b.garpLowerPrioDelayUs = v.getAsLong() * 1_000_000;
        });
        t.add("garp_lower_prio_repeat", (b, n, c) -> {
            String s = Args.first(n, c);
            if (s == null) {
                return;
            }
            var v = Numbers.readDecimal(c, n.position(), s, 0, Integer.MAX_VALUE, 0);
            if (v.isEmpty()) {
                c.error(n, "(" + b.name + "): Invalid garp_lower_prio_repeat '" + s + "'");
                return;
            }
            b.garpLowerPrioRep = (int) v.getAsLong();
        });
        t.add("down_timer_adverts", (b, n, c) -> {
            String s = Args.first(n, c);
            if (s == null) {
                return;
            }
            var v = Numbers.readUnsigned(c, n.position(), s, 1, 100);
            if (v.isEmpty()) {
                c.error(n, "(" + b.name + "): Invalid down_timer_adverts [1:100] '" + s + "'");
                return;
            }
            b.downTimerAdverts = v.getAsInt();
        });
        KeywordTable.Handler<VrrpInstanceBuilder> extra = (b, n, c) -> {
            String cmd = n.keyword();
            if (cmd.equals("vmac_garp_intvl")) {
                c.report(ConfigErrorKind.DEPRECATED, n,
                        "Keyword \"vmac_garp_intvl\" is deprecated - please use \"garp_extra_if\"");
            }
            Long delay = null;
            boolean all = false;
            for (String s : n.args().stream().map(w -> w.text()).toList()) {
                if (s.equals("all")) {
                    all = true;
                    continue;
                }
                var v = Numbers.readUnsigned(c, n.position(), s, 0, 86400);
                if (v.isEmpty()) {
                    c.error(n, "(" + b.name + "): " + cmd + " '" + s + "' invalid - ignoring");
                    return;
                }
                delay = (long) v.getAsInt();
            }
            if (all) {
                b.garpExtraIfAll = true;
            }
            if (delay == null) {
                c.error(n, "(" + b.name + "): " + cmd + " specified without time - ignoring");
                return;
            }
            b.garpExtraIfSec = delay;
        };
        t.add("garp_extra_if", extra).add("vmac_garp_intvl", extra);
    }

    private static Integer repeat(VrrpInstanceBuilder b, org.keepalived4j.config.tree.ConfigNode n, BuildContext c,
                                  String kw) {
        String s = Args.first(n, c);
        if (s == null) {
            return null;
        }
        var v = Numbers.readDecimal(c, n.position(), s, 0, 0xFFFF_FFFFL, 0);
        if (v.isEmpty()) {
            c.error(n, "(" + b.name + "): " + kw + " '" + s + "' invalid - ignoring");
            return null;
        }
        if (v.getAsLong() == 0) {
            c.error(n, "(" + b.name + "): " + kw + " must be greater than 0, setting to 1");
            return 1;
        }
        return (int) Math.min(Integer.MAX_VALUE, v.getAsLong());
    }
}
