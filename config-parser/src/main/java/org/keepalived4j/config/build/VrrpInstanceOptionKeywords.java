package org.keepalived4j.config.build;

import org.keepalived4j.config.model.ScriptCommand;
import org.keepalived4j.config.tree.ConfigNode;

/** The notify, GARP, preemption and flag keywords of a {@code vrrp_instance} (vrrp_parser.c). */
final class VrrpInstanceOptionKeywords {

    private VrrpInstanceOptionKeywords() {
    }

    /** A setter for one notify script slot. */
    private interface Slot {
        ScriptCommand get(VrrpInstanceBuilder b);

        void set(VrrpInstanceBuilder b, ScriptCommand s);
    }

    static void addTo(KeywordTable<VrrpInstanceBuilder> t) {
        notify(t, "notify_backup", new Slot() {
            public ScriptCommand get(VrrpInstanceBuilder b) {
                return b.notifyBackup;
            }

            public void set(VrrpInstanceBuilder b, ScriptCommand s) {
                b.notifyBackup = s;
            }
        }, "notify_backup script");
        notify(t, "notify_master", new Slot() {
            public ScriptCommand get(VrrpInstanceBuilder b) {
                return b.notifyMaster;
            }

            public void set(VrrpInstanceBuilder b, ScriptCommand s) {
                b.notifyMaster = s;
            }
        }, "notify_master script");
        notify(t, "notify_fault", new Slot() {
            public ScriptCommand get(VrrpInstanceBuilder b) {
                return b.notifyFault;
            }

            public void set(VrrpInstanceBuilder b, ScriptCommand s) {
                b.notifyFault = s;
            }
        }, "notify_fault script");
        notify(t, "notify_stop", new Slot() {
            public ScriptCommand get(VrrpInstanceBuilder b) {
                return b.notifyStop;
            }

            public void set(VrrpInstanceBuilder b, ScriptCommand s) {
                b.notifyStop = s;
            }
        }, "notify_stop script");
        notify(t, "notify", new Slot() {
            public ScriptCommand get(VrrpInstanceBuilder b) {
                return b.notify;
            }

            public void set(VrrpInstanceBuilder b, ScriptCommand s) {
                b.notify = s;
            }
        }, "notify script");
        notify(t, "notify_master_rx_lower_pri", new Slot() {
            public ScriptCommand get(VrrpInstanceBuilder b) {
                return b.notifyMasterRxLowerPri;
            }

            public void set(VrrpInstanceBuilder b, ScriptCommand s) {
                b.notifyMasterRxLowerPri = s;
            }
        }, "notify_master_rx_lower_pri script");
        t.add("notify_deleted", (b, n, c) -> {
            if (b.notifyDeleted) {
                c.error(n, b.tag() + " notify_deleted already specified - ignoring "
                        + (n.argCount() > 0 ? n.arg(0) : ""));
                return;
            }
            if (n.argCount() > 0) {
                b.notifyDeletedScript = VrrpScriptCommands.notifyScript(n, c, b.name);
            }
            b.notifyDeleted = true;
        });
        t.add("smtp_alert", (b, n, c) -> {
            Boolean v = bool(n);
            if (v == null) {
                c.error(n, "Invalid vrrp_instance smtp_alert parameter " + n.arg(0));
                return;
            }
            b.smtpAlert = v;
        });
        t.add("notify_priority_changes", (b, n, c) -> {
            Boolean v = bool(n);
            if (v == null) {
                c.error(n, b.tag() + " Invalid value '" + n.arg(0) + "' for notify_priority_changes specified");
                return;
            }
            b.notifyPriorityChanges = v;
        });
        t.add("skip_check_adv_addr", (b, n, c) -> {
            Boolean v = bool(n);
            if (v == null) {
                c.error(n, b.tag() + " invalid skip_check_adv_addr " + n.arg(0) + " specified");
            } else {
                b.skipCheckAdvAddr = true; // keepalived sets it for any valid value, even "false"
            }
        });
        t.add("strict_mode", (b, n, c) -> {
            Boolean v = bool(n);
            if (v == null) {
                c.error(n, b.tag() + " invalid strict_mode " + n.arg(0) + " specified");
            } else {
                b.strict = v;
            }
        });
        t.add("lower_prio_no_advert", (b, n, c) -> {
            Boolean v = bool(n);
            if (v == null) {
                c.error(n, b.tag() + " invalid lower_prio_no_advert " + n.arg(0) + " specified");
            } else {
                b.lowerPrioNoAdvert = v;
            }
        });
        t.add("higher_prio_send_advert", (b, n, c) -> {
            Boolean v = bool(n);
            if (v == null) {
                c.error(n, b.tag() + " invalid higher_prio_send_advert " + n.arg(0) + " specified");
            } else {
                b.higherPrioSendAdvert = v;
            }
        });
        t.add("accept", (b, n, c) -> b.accept = true)
                .add("no_accept", (b, n, c) -> b.accept = false)
                .add("preempt", (b, n, c) -> b.nopreempt = false)
                .add("nopreempt", (b, n, c) -> b.nopreempt = true)
                .add("promote_secondaries", (b, n, c) -> b.promoteSecondaries = true)
                .add("linkbeat_use_polling", (b, n, c) -> {
                    b.linkbeat = true;
                    c.error(n, b.tag() + " 'linkbeat_use_polling' in vrrp instance deprecated - use"
                            + " linkbeat_interfaces block");
                })
                .add("preempt_delay", (b, n, c) -> {
                    String s = Args.first(n, c);
                    if (s == null) {
                        return;
                    }
                    var v = Numbers.readDecimal(c, n.position(), s, 0, 2_147_483_000_000L, Numbers.TIMER_DIGITS);
                    if (v.isEmpty()) {
                        c.error(n, b.tag() + " Preempt_delay not valid! must be between 0-2147483");
                        b.preemptDelayUs = 0;
                    } else {
                        b.preemptDelayUs = v.getAsLong();
                    }
                })
                .add("debug", (b, n, c) -> {
                    String s = n.argCount() > 0 ? n.arg(0) : "";
                    var v = Numbers.readUnsigned(c, n.position(), s, 0, 4);
                    if (v.isEmpty()) {
                        c.error(n, b.tag() + " Debug value '" + s + "' not valid; must be between 0-4");
                    } else {
                        b.debug = v.getAsInt();
                    }
                })
                .add("lvs_sync_daemon_interface", (b, n, c) -> {
                    c.error(n, b.tag() + " Specifying lvs_sync_daemon_interface against a vrrp is deprecated.");
                    c.error(n, "      " + " ".repeat(Math.max(0, b.name.length() - 2))
                            + "Please use global lvs_sync_daemon");
                    String s = Args.first(n, c);
                    VrrpInstanceBuilder first = firstLvsSync(b);
                    var global = b.build.global.lvsSyncDaemon();
                    if (global != null) {
                        c.error(n, b.tag() + " lvs_sync_daemon_interface has already been specified as "
                                + global.interfaceName() + " - ignoring");
                        return;
                    }
                    if (first != null) {
                        c.error(n, b.tag() + " lvs_sync_daemon_interface has already been specified as "
                                + first.lvsSyncInterface + " - ignoring");
                        return;
                    }
                    b.lvsSyncInterface = s;
                })
                .add("kernel_rx_buf_size", (b, n, c) -> {
                    var v = n.argCount() == 1 ? Numbers.readDecimal(c, n.position(), n.arg(0), 0, 0xFFFF_FFFFL, 0)
                            : java.util.OptionalLong.empty();
                    if (v.isEmpty()) {
                        c.error(n, b.tag() + " invalid kernel_rx_buf_size specified");
                    } else {
                        b.kernelRxBufSize = (int) Math.min(Integer.MAX_VALUE, v.getAsLong());
                    }
                });
        VrrpGarpKeywords.addTo(t);
    }

    private static VrrpInstanceBuilder firstLvsSync(VrrpInstanceBuilder b) {
        for (VrrpInstanceBuilder o : b.build.instances) {
            if (o.lvsSyncInterface != null) {
                return o;
            }
        }
        return null;
    }

    private static void notify(KeywordTable<VrrpInstanceBuilder> t, String kw, Slot slot, String what) {
        t.add(kw, (b, n, c) -> {
            if (slot.get(b) != null) {
                c.error(n, b.tag() + " " + what + " already specified - ignoring "
                        + (n.argCount() > 0 ? n.arg(0) : ""));
                return;
            }
            slot.set(b, VrrpScriptCommands.notifyScript(n, c, b.name));
        });
    }

    /** keepalived's optional true/false argument: no argument is true; null for an invalid word. */
    static Boolean bool(ConfigNode n) {
        if (n.argCount() == 0) {
            return Boolean.TRUE;
        }
        int v = Numbers.trueFalse(n.arg(0));
        return v < 0 ? null : v == 1;
    }

}
