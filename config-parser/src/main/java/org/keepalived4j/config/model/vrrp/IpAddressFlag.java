package org.keepalived4j.config.model.vrrp;

/** Address flags settable in {@code virtual_ipaddress} / {@code static_ipaddress} lines (the kernel's IFA_F_*). */
public enum IpAddressFlag {
    /** {@code home}: IFA_F_HOMEADDRESS (Mobile IPv6). */
    HOME,
    /** {@code -nodad}: IFA_F_NODAD is cleared from the flag mask (keepalived sets it in the mask only). */
    NODAD,
    /** {@code mngtmpaddr}: IFA_F_MANAGETEMPADDR. */
    MANAGETEMPADDR,
    /** {@code noprefixroute}: IFA_F_NOPREFIXROUTE. */
    NOPREFIXROUTE,
    /** {@code autojoin}: IFA_F_MCAUTOJOIN. */
    AUTOJOIN
}
