package org.keepalived4j.check.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.SourcePosition;
import org.keepalived4j.config.model.lvs.Check;

/**
 * The identity of a check for sharing: two checks with the same key probe the same thing the same way, so one probe
 * serves both (keepalived probes once per virtual server; we probe once). The key is the check's record structure
 * with every {@link SourcePosition} left out, nested records included (urls, scripts), so checks written in two
 * places compare equal.
 *
 * @param type  the check's record type
 * @param value the components, positions removed, nested records flattened the same way
 */
public record CheckKey(Class<?> type, List<Object> value) {

    /** The key of a check. */
    public static CheckKey of(Check check) {
        if (!(check instanceof Record r)) {
            throw new IllegalArgumentException("a check must be a record: " + check.getClass().getName());
        }
        return new CheckKey(check.getClass(), strip(r));
    }

    private static List<Object> strip(Record r) {
        List<Object> out = new ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == SourcePosition.class) {
                continue;
            }
            out.add(normalise(read(c, r)));
        }
        return out;
    }

    private static Object normalise(Object v) {
        if (v instanceof Record nested) {
            return new CheckKey(nested.getClass(), strip(nested));
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(normalise(o));
            }
            return out;
        }
        return v;
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
