/**
 * Network namespaces: {@link org.keepalived4j.netlink.netns.NetNamespace} ({@code setns}, per thread) and
 * {@link org.keepalived4j.netlink.netns.NetnsExecutor} (a dedicated thread inside a namespace), for keepalived's
 * {@code net_namespace} and for the namespace tests of every module.
 */
package org.keepalived4j.netlink.netns;
