package org.keepalived4j.vrrp.bind;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VirtualRoute;
import org.keepalived4j.config.model.vrrp.VirtualRule;

/**
 * Equality of model records with their {@link SourcePosition}s left out: a reload that only moved lines around
 * changes nothing (keepalived compares the values, {@code compare_route}, {@code compare_rule}). Used at reload
 * time only, so record reflection is fine here.
 */
public final class ConfigEquality {
    private ConfigEquality() {
    }

    /** {@code virtual_routes} / {@code static_routes}. */
    public static boolean sameRoutes(List<VirtualRoute> a, List<VirtualRoute> b) {
        return equalIgnoringPositions(a, b);
    }

    /** {@code virtual_rules} / {@code static_rules}. */
    public static boolean sameRules(List<VirtualRule> a, List<VirtualRule> b) {
        return equalIgnoringPositions(a, b);
    }

    /** {@code static_ipaddress}. */
    public static boolean sameAddresses(List<VirtualIpAddress> a, List<VirtualIpAddress> b) {
        return equalIgnoringPositions(a, b);
    }

    /** Deep equality of records and lists, components of type {@link SourcePosition} skipped. */
    public static boolean equalIgnoringPositions(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!equalIgnoringPositions(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof SourcePosition) {
            return true;
        }
        if (!a.getClass().isRecord()) {
            return Objects.equals(a, b);
        }
        for (RecordComponent c : a.getClass().getRecordComponents()) {
            if (c.getType() == SourcePosition.class) {
                continue;
            }
            try {
                if (!equalIgnoringPositions(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    return false;
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot compare " + a.getClass().getSimpleName() + "." + c.getName(),
                        e);
            }
        }
        return true;
    }
}
