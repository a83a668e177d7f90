/**
 * Binding the configuration model to the VRRP runtime, as keepalived's {@code vrrp_complete_instance} hands its
 * {@code vrrp_t} to the scheduler: {@link org.keepalived4j.vrrp.bind.InstanceMapper} turns a
 * {@code vrrp_instance} (with {@code global_defs} and {@code garp_group}s) into the state machine's
 * {@link org.keepalived4j.vrrp.state.InstanceParams}, {@link org.keepalived4j.vrrp.bind.VirtualAddresses} maps
 * {@code virtual_ipaddress} lines, {@link org.keepalived4j.vrrp.bind.ScriptLauncher} turns a script into the argv
 * keepalived would exec (as the script user), {@link org.keepalived4j.vrrp.bind.ConfigBinder} binds a whole config
 * and {@link org.keepalived4j.vrrp.bind.KeywordWarnings} says once per keyword what is not supported.
 */
package org.keepalived4j.vrrp.bind;
