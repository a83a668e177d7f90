package org.keepalived4j.netlink.vm;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that boots the IPVS VM. It is skipped, with the reason, when the VM cannot run
 * here (what to install is in the message) or {@code -Dk4j.skipSystemTests=true}; but under {@code CI=true} a
 * missing VM is not a reason to skip: the test runs and fails with the reason instead. Tagged {@code vm}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(VmCondition.class)
@Tag("vm")
public @interface RequiresVm {
}
