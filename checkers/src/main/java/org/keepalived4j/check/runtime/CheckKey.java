package org.keepalived4j.check.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return new Maker().of(check);
    }

    /**
     * Makes keys, remembering each record type's accessors (reflection is looked up once per type, not per check:
     * a configuration may have 100,000 checks). Not thread-safe; one per engine build.
     */
    public static final class Maker {
        private final Map<Class<?>, Method[]> accessors = new HashMap<>();

        /** The key of a check. */
        public CheckKey of(Check check) {
            if (!(check instanceof Record r)) {
                throw new IllegalArgumentException("a check must be a record: " + check.getClass().getName());
            }
            return new CheckKey(check.getClass(), strip(r));
        }

        private List<Object> strip(Record r) {
            Method[] methods = accessors.computeIfAbsent(r.getClass(), Maker::accessorsOf);
            List<Object> out = new ArrayList<>(methods.length);
            for (Method m : methods) {
                out.add(normalise(read(m, r)));
            }
            return out;
        }

        private static Method[] accessorsOf(Class<?> type) {
            List<Method> list = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() != SourcePosition.class) {
                    list.add(c.getAccessor());
                }
            }
            return list.toArray(Method[]::new);
        }

        private Object normalise(Object v) {
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

        private static Object read(Method m, Record r) {
            try {
                return m.invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + m.getName() + " of " + r.getClass().getSimpleName(),
                        e);
            }
        }
    }
}
