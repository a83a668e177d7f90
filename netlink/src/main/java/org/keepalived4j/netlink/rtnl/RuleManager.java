package org.keepalived4j.netlink.rtnl;

import java.util.List;

/**
 * Adds and removes policy-routing rules ({@code RTM_NEWRULE}/{@code RTM_DELRULE}): keepalived's
 * {@code virtual_rules} and {@code static_rules}. An add that finds an identical rule ({@code EEXIST}) returns
 * {@code false}; so does a delete that finds none ({@code ENOENT}).
 */
public interface RuleManager {
    /** @param rule the rule (sent with {@code NLM_F_CREATE | NLM_F_EXCL}) @return {@code false} if it existed */
    boolean add(Rule rule);

    /** @param rule the rule @return {@code false} if it was not there */
    boolean delete(Rule rule);

    /** @param family address family @return every rule of that family */
    List<Rule> list(IpFamily family);
}
