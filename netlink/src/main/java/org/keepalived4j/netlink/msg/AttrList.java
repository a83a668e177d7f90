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
        return Optional.ofNullable(get(type));
    }

    /** @param type attribute type @return the first attribute of that type, or null (no Optional on decode paths) */
    public Attr get(int type) {
        for (int i = 0; i < attrs.size(); i++) {
            Attr a = attrs.get(i);
            if (a.type() == type) {
                return a;
            }
        }
        return null;
    }

    /** @param type attribute type @return its numeric value, if present and numeric */
    public OptionalLong number(int type) {
        return get(type) instanceof Attr.NumberAttr n ? OptionalLong.of(n.value()) : OptionalLong.empty();
    }

    /** @param type attribute type @return its text, if present and a string */
    public Optional<String> string(int type) {
        return get(type) instanceof Attr.StringAttr a ? Optional.of(a.value()) : Optional.empty();
    }

    /** @param type attribute type @return its children, if present and nested */
    public Optional<AttrList> nested(int type) {
        return get(type) instanceof Attr.NestedAttr a ? Optional.of(a.children()) : Optional.empty();
    }

    /** @param type attribute type @return whether present */
    public boolean has(int type) {
        return get(type) != null;
    }
}
