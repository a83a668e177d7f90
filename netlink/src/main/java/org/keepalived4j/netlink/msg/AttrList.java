package org.keepalived4j.netlink.msg;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Decoded attributes in wire order, with typed look-ups by attribute type (the first occurrence wins).
 *
 * @param attrs the attributes
 */
public record AttrList(List<Attr> attrs) {
    /** @param attrs the attributes, copied */
    public AttrList {
        attrs = List.copyOf(attrs);
    }

    /** @param type attribute type @return the first attribute of that type */
    public Optional<Attr> find(int type) {
        for (Attr a : attrs) {
            if (a.type() == type) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** @param type attribute type @return its numeric value, if present and numeric */
    public OptionalLong number(int type) {
        Optional<Attr> a = find(type);
        return a.isPresent() && a.get() instanceof Attr.NumberAttr n ? OptionalLong.of(n.value()) : OptionalLong.empty();
    }

    /** @param type attribute type @return its text, if present and a string */
    public Optional<String> string(int type) {
        return find(type).filter(Attr.StringAttr.class::isInstance).map(a -> ((Attr.StringAttr) a).value());
    }

    /** @param type attribute type @return its children, if present and nested */
    public Optional<AttrList> nested(int type) {
        return find(type).filter(Attr.NestedAttr.class::isInstance).map(a -> ((Attr.NestedAttr) a).children());
    }

    /** @param type attribute type @return whether present */
    public boolean has(int type) {
        return find(type).isPresent();
    }
}
