package org.keepalived4j.config.model.vrrp;

/**
 * {@code use_ipvlan [NAME] [ADDR/LEN] [bridge|private|vepa]}: the instance runs on an l2 ipvlan.
 *
 * @param interfaceName the ipvlan's name, or null to let the runtime choose
 * @param address       the ipvlan's address (also the advert source), or null
 * @param mode          {@code bridge} (default), {@code private} or {@code vepa}
 */
public record IpvlanConfig(String interfaceName, IpPrefix address, String mode) {
}
