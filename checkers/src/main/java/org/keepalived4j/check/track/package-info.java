/**
 * The files FILE_CHECK follows ({@code track_file}, keepalived's {@code trackers/track_file.c}): reading a value as
 * keepalived does ({@link org.keepalived4j.check.track.TrackFileValue}) and watching the files off the event loop
 * ({@link org.keepalived4j.check.track.TrackFileWatcher}).
 */
package org.keepalived4j.check.track;
