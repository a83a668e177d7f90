package org.keepalived4j.netlink.ipvs;

/**
 * What {@code IPVS_CMD_GET_INFO} reports ({@code ipvsadm}'s "IP Virtual Server version 1.2.1 (size=4096)").
 *
 * @param version {@code IP_VS_VERSION_CODE}, e.g. {@code 0x010201}
 * @param connectionTableSize size of the connection hash table
 */
public record IpvsInfo(int version, int connectionTableSize) {
    /** @return the version as {@code major.minor.patch} */
    public String versionString() {
        return ((version >> 16) & 0xFF) + "." + ((version >> 8) & 0xFF) + "." + (version & 0xFF);
    }
}
