package org.keepalived4j.config.model.lvs;

/** A periodic check that talks to an address ({@code connect_ip}/{@code connect_port}, {@code bindto}...). */
public interface NetworkCheck extends PeriodicCheck {

    /** Where to connect and from where, with the connect timeout. */
    CheckConnection connection();
}
