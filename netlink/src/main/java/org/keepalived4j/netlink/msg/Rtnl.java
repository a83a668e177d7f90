package org.keepalived4j.netlink.msg;

/**
 * rtnetlink constants ({@code <linux/rtnetlink.h>}, {@code <linux/if_addr.h>}, {@code <linux/if_link.h>},
 * {@code <linux/if.h>}, {@code <linux/fib_rules.h>}), named as in the kernel headers. Only what keepalived's
 * {@code virtual_ipaddress}, {@code virtual_routes}, {@code virtual_rules} and {@code use_vmac} need, plus the
 * event groups.
 */
public final class Rtnl {
    /** {@code RTM_NEWLINK}. */ public static final int RTM_NEWLINK = 16;
    /** {@code RTM_DELLINK}. */ public static final int RTM_DELLINK = 17;
    /** {@code RTM_GETLINK}. */ public static final int RTM_GETLINK = 18;
    /** {@code RTM_SETLINK}. */ public static final int RTM_SETLINK = 19;
    /** {@code RTM_NEWADDR}. */ public static final int RTM_NEWADDR = 20;
    /** {@code RTM_DELADDR}. */ public static final int RTM_DELADDR = 21;
    /** {@code RTM_GETADDR}. */ public static final int RTM_GETADDR = 22;
    /** {@code RTM_NEWROUTE}. */ public static final int RTM_NEWROUTE = 24;
    /** {@code RTM_DELROUTE}. */ public static final int RTM_DELROUTE = 25;
    /** {@code RTM_GETROUTE}. */ public static final int RTM_GETROUTE = 26;
    /** {@code RTM_NEWRULE}. */ public static final int RTM_NEWRULE = 32;
    /** {@code RTM_DELRULE}. */ public static final int RTM_DELRULE = 33;
    /** {@code RTM_GETRULE}. */ public static final int RTM_GETRULE = 34;

    /** {@code IFA_ADDRESS}: peer address (= local address when no peer). */ public static final int IFA_ADDRESS = 1;
    /** {@code IFA_LOCAL}. */ public static final int IFA_LOCAL = 2;
    /** {@code IFA_LABEL}. */ public static final int IFA_LABEL = 3;
    /** {@code IFA_BROADCAST}. */ public static final int IFA_BROADCAST = 4;
    /** {@code IFA_CACHEINFO}. */ public static final int IFA_CACHEINFO = 6;
    /** {@code IFA_FLAGS}: u32 flags (supersedes {@code ifa_flags}). */ public static final int IFA_FLAGS = 8;

    /** {@code IFA_F_SECONDARY}. */ public static final int IFA_F_SECONDARY = 0x01;
    /** {@code IFA_F_NODAD}. */ public static final int IFA_F_NODAD = 0x02;
    /** {@code IFA_F_OPTIMISTIC}. */ public static final int IFA_F_OPTIMISTIC = 0x04;
    /** {@code IFA_F_DADFAILED}. */ public static final int IFA_F_DADFAILED = 0x08;
    /** {@code IFA_F_HOMEADDRESS}. */ public static final int IFA_F_HOMEADDRESS = 0x10;
    /** {@code IFA_F_DEPRECATED}. */ public static final int IFA_F_DEPRECATED = 0x20;
    /** {@code IFA_F_TENTATIVE}. */ public static final int IFA_F_TENTATIVE = 0x40;
    /** {@code IFA_F_PERMANENT}. */ public static final int IFA_F_PERMANENT = 0x80;
    /** {@code IFA_F_MANAGETEMPADDR}. */ public static final int IFA_F_MANAGETEMPADDR = 0x100;
    /** {@code IFA_F_NOPREFIXROUTE}. */ public static final int IFA_F_NOPREFIXROUTE = 0x200;
    /** {@code IFA_F_MCAUTOJOIN}. */ public static final int IFA_F_MCAUTOJOIN = 0x400;

    /** {@code IFLA_ADDRESS}. */ public static final int IFLA_ADDRESS = 1;
    /** {@code IFLA_BROADCAST}. */ public static final int IFLA_BROADCAST = 2;
    /** {@code IFLA_IFNAME}. */ public static final int IFLA_IFNAME = 3;
    /** {@code IFLA_MTU}. */ public static final int IFLA_MTU = 4;
    /** {@code IFLA_LINK}: the parent's index. */ public static final int IFLA_LINK = 5;
    /** {@code IFLA_MASTER}. */ public static final int IFLA_MASTER = 10;
    /** {@code IFLA_OPERSTATE}. */ public static final int IFLA_OPERSTATE = 16;
    /** {@code IFLA_LINKINFO}. */ public static final int IFLA_LINKINFO = 18;
    /** {@code IFLA_AF_SPEC}. */ public static final int IFLA_AF_SPEC = 26;
    /** {@code IFLA_INFO_KIND}. */ public static final int IFLA_INFO_KIND = 1;
    /** {@code IFLA_INFO_DATA}. */ public static final int IFLA_INFO_DATA = 2;
    /** {@code IFLA_MACVLAN_MODE}. */ public static final int IFLA_MACVLAN_MODE = 1;
    /** {@code IFLA_INET6_ADDR_GEN_MODE}. */ public static final int IFLA_INET6_ADDR_GEN_MODE = 8;
    /** {@code IN6_ADDR_GEN_MODE_NONE}. */ public static final int IN6_ADDR_GEN_MODE_NONE = 1;

    /** {@code IFF_UP}. */ public static final int IFF_UP = 0x1;
    /** {@code IFF_BROADCAST}. */ public static final int IFF_BROADCAST = 0x2;
    /** {@code IFF_LOOPBACK}. */ public static final int IFF_LOOPBACK = 0x8;
    /** {@code IFF_RUNNING}. */ public static final int IFF_RUNNING = 0x40;
    /** {@code IFF_NOARP}. */ public static final int IFF_NOARP = 0x80;
    /** {@code IFF_MULTICAST}. */ public static final int IFF_MULTICAST = 0x1000;
    /** {@code IFF_LOWER_UP}. */ public static final int IFF_LOWER_UP = 0x10000;

    /** {@code RTA_DST}. */ public static final int RTA_DST = 1;
    /** {@code RTA_SRC}. */ public static final int RTA_SRC = 2;
    /** {@code RTA_IIF}. */ public static final int RTA_IIF = 3;
    /** {@code RTA_OIF}. */ public static final int RTA_OIF = 4;
    /** {@code RTA_GATEWAY}. */ public static final int RTA_GATEWAY = 5;
    /** {@code RTA_PRIORITY}: the metric. */ public static final int RTA_PRIORITY = 6;
    /** {@code RTA_PREFSRC}. */ public static final int RTA_PREFSRC = 7;
    /** {@code RTA_METRICS}. */ public static final int RTA_METRICS = 8;
    /** {@code RTA_TABLE}. */ public static final int RTA_TABLE = 15;

    /** {@code RT_TABLE_UNSPEC}. */ public static final int RT_TABLE_UNSPEC = 0;
    /** {@code RT_TABLE_DEFAULT}. */ public static final int RT_TABLE_DEFAULT = 253;
    /** {@code RT_TABLE_MAIN}. */ public static final int RT_TABLE_MAIN = 254;
    /** {@code RT_TABLE_LOCAL}. */ public static final int RT_TABLE_LOCAL = 255;

    /** {@code RT_SCOPE_UNIVERSE}. */ public static final int RT_SCOPE_UNIVERSE = 0;
    /** {@code RT_SCOPE_SITE}. */ public static final int RT_SCOPE_SITE = 200;
    /** {@code RT_SCOPE_LINK}. */ public static final int RT_SCOPE_LINK = 253;
    /** {@code RT_SCOPE_HOST}. */ public static final int RT_SCOPE_HOST = 254;
    /** {@code RT_SCOPE_NOWHERE}. */ public static final int RT_SCOPE_NOWHERE = 255;

    /** {@code RTPROT_UNSPEC}. */ public static final int RTPROT_UNSPEC = 0;
    /** {@code RTPROT_KERNEL}. */ public static final int RTPROT_KERNEL = 2;
    /** {@code RTPROT_BOOT}. */ public static final int RTPROT_BOOT = 3;
    /** {@code RTPROT_STATIC}. */ public static final int RTPROT_STATIC = 4;
    /** {@code RTPROT_KEEPALIVED}: keepalived's default route protocol (Linux 5.8). */
    public static final int RTPROT_KEEPALIVED = 18;

    /** {@code FRA_DST}. */ public static final int FRA_DST = 1;
    /** {@code FRA_SRC}. */ public static final int FRA_SRC = 2;
    /** {@code FRA_IIFNAME}. */ public static final int FRA_IIFNAME = 3;
    /** {@code FRA_GOTO}. */ public static final int FRA_GOTO = 4;
    /** {@code FRA_PRIORITY}. */ public static final int FRA_PRIORITY = 6;
    /** {@code FRA_FWMARK}. */ public static final int FRA_FWMARK = 10;
    /** {@code FRA_FLOW}: realms. */ public static final int FRA_FLOW = 11;
    /** {@code FRA_SUPPRESS_IFGROUP}. */ public static final int FRA_SUPPRESS_IFGROUP = 13;
    /** {@code FRA_SUPPRESS_PREFIXLEN}. */ public static final int FRA_SUPPRESS_PREFIXLEN = 14;
    /** {@code FRA_TABLE}. */ public static final int FRA_TABLE = 15;
    /** {@code FRA_FWMASK}. */ public static final int FRA_FWMASK = 16;
    /** {@code FRA_OIFNAME}. */ public static final int FRA_OIFNAME = 17;
    /** {@code FRA_L3MDEV}. */ public static final int FRA_L3MDEV = 19;
    /** {@code FRA_PROTOCOL}. */ public static final int FRA_PROTOCOL = 21;
    /** {@code FIB_RULE_INVERT}: "not". */ public static final int FIB_RULE_INVERT = 0x2;

    /** {@code RTNLGRP_LINK}. */ public static final int RTNLGRP_LINK = 1;
    /** {@code RTNLGRP_IPV4_IFADDR}. */ public static final int RTNLGRP_IPV4_IFADDR = 5;
    /** {@code RTNLGRP_IPV4_ROUTE}. */ public static final int RTNLGRP_IPV4_ROUTE = 7;
    /** {@code RTNLGRP_IPV4_RULE}. */ public static final int RTNLGRP_IPV4_RULE = 8;
    /** {@code RTNLGRP_IPV6_IFADDR}. */ public static final int RTNLGRP_IPV6_IFADDR = 9;
    /** {@code RTNLGRP_IPV6_ROUTE}. */ public static final int RTNLGRP_IPV6_ROUTE = 11;
    /** {@code RTNLGRP_IPV6_RULE}. */ public static final int RTNLGRP_IPV6_RULE = 19;

    private Rtnl() {
    }

    /**
     * @param type an rtnetlink message type
     * @return its name ({@code RTM_NEWADDR}...), as keepalived prints it in {@code Netlink: error} lines
     */
    public static String typeName(int type) {
        return switch (type) {
            case RTM_NEWLINK -> "RTM_NEWLINK";
            case RTM_DELLINK -> "RTM_DELLINK";
            case RTM_GETLINK -> "RTM_GETLINK";
            case RTM_SETLINK -> "RTM_SETLINK";
            case RTM_NEWADDR -> "RTM_NEWADDR";
            case RTM_DELADDR -> "RTM_DELADDR";
            case RTM_GETADDR -> "RTM_GETADDR";
            case RTM_NEWROUTE -> "RTM_NEWROUTE";
            case RTM_DELROUTE -> "RTM_DELROUTE";
            case RTM_GETROUTE -> "RTM_GETROUTE";
            case RTM_NEWRULE -> "RTM_NEWRULE";
            case RTM_DELRULE -> "RTM_DELRULE";
            case RTM_GETRULE -> "RTM_GETRULE";
            default -> Nl.typeName(type);
        };
    }
}
