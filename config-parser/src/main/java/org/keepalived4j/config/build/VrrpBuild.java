package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.vrrp.GarpGroup;
import org.keepalived4j.config.model.vrrp.InterfaceDelays;
import org.keepalived4j.config.model.vrrp.StaticTrackGroup;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;
import org.keepalived4j.config.model.vrrp.VrrpScript;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;

/**
 * Everything the VRRP readers share during one parse (keepalived's {@code vrrp_data} while parsing): what has been
 * defined so far, in file order, and the helpers. Not thread-safe; one per parse.
 */
final class VrrpBuild {

    final BuildContext ctx;
    final GlobalDefs global;
    final VrrpInterfaces interfaces;
    final IpAddressParser addresses;
    final RouteParser routes;
    final RuleParser rules;
    final TrackReferences tracks;

    final Map<String, VrrpScript> scripts = new LinkedHashMap<>();
    final Map<String, TrackFile> trackFiles = new LinkedHashMap<>();
    final Map<String, VrrpTrackProcess> processes = new LinkedHashMap<>();
    final List<VrrpInstanceBuilder> instances = new ArrayList<>();
    final List<VrrpSyncGroupBuilder> syncGroups = new ArrayList<>();
    final List<GarpGroup> garpGroups = new ArrayList<>();
    final Map<String, StaticTrackGroupBuilder> trackGroups = new LinkedHashMap<>();
    final List<VirtualIpAddress> staticAddresses = new ArrayList<>();
    final List<VirtualRoute> staticRoutes = new ArrayList<>();
    final List<VirtualRule> staticRules = new ArrayList<>();
    final List<InterfaceDelays> interfaceDelays = new ArrayList<>();
    /** Interfaces that already belong to a garp_group. */
    final Map<String, GarpGroup> garpInterfaces = new LinkedHashMap<>();

    /** A {@code track_group} being read. */
    static final class StaticTrackGroupBuilder {
        final String name;
        final org.keepalived4j.config.SourcePosition position;
        List<String> members;

        StaticTrackGroupBuilder(String name, org.keepalived4j.config.SourcePosition position) {
            this.name = name;
            this.position = position;
        }

        StaticTrackGroup build(List<String> existing) {
            return new StaticTrackGroup(name, existing, position);
        }
    }

    VrrpBuild(BuildContext ctx, GlobalDefs global) {
        this.ctx = ctx;
        this.global = global;
        this.interfaces = new VrrpInterfaces(ctx.options().host(),
                global.dynamicInterfaces() != org.keepalived4j.config.model.DynamicInterfaces.OFF);
        this.addresses = new IpAddressParser(ctx, interfaces);
        this.routes = new RouteParser(ctx, interfaces, addresses);
        this.rules = new RuleParser(ctx, interfaces, addresses);
        this.tracks = new TrackReferences(this);
    }

    /** The instance builder with this name, or null. */
    VrrpInstanceBuilder instance(String name) {
        for (VrrpInstanceBuilder b : instances) {
            if (b.name.equals(name)) {
                return b;
            }
        }
        return null;
    }

    /** {@code default_interface} or keepalived's eth0. */
    String defaultInterface() {
        return global.defaultInterface() != null ? global.defaultInterface() : VrrpInterfaces.DEFAULT_INTERFACE;
    }
}
