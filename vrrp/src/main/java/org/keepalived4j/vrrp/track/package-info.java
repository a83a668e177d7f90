/**
 * Tracked objects and their effect on instances, as keepalived's {@code vrrp_track.c}: {@code track_interface}
 * (rtnetlink link events), {@code track_script} ({@code vrrp_script} run without a shell, with
 * interval/timeout/rise/fall/init_fail), {@code track_file} (an integer read from a file) and
 * {@code track_process} (processes counted in {@code /proc} against a quorum). {@link
 * org.keepalived4j.vrrp.track.TrackerHub} owns every tracker on one thread ("vrrp-track") and hands each instance's
 * total (faults, priority delta) to the VRRP thread as a command, never blocking it; {@link
 * org.keepalived4j.vrrp.track.TrackWeights} holds keepalived's weight arithmetic.
 */
package org.keepalived4j.vrrp.track;
