package org.keepalived4j.netlink.msg;

import java.util.HashMap;
import java.util.Map;

/**
 * Names and payload kinds of a family's attributes, so {@link AttrDecoder} can turn them into {@link Attr}
 * records. Immutable once built; build one per attribute space, as a constant.
 *
 * <pre>{@code
 * static final AttrSchema GROUP = AttrSchema.builder()
 *         .string(CTRL_ATTR_MCAST_GRP_NAME, "NAME").u32(CTRL_ATTR_MCAST_GRP_ID, "ID").build();
 * static final AttrSchema FAMILY = AttrSchema.builder()
 *         .u16(CTRL_ATTR_FAMILY_ID, "FAMILY_ID").nested(CTRL_ATTR_MCAST_GROUPS, "MCAST_GROUPS",
 *                 AttrSchema.arrayOf(GROUP)).build();
 * }</pre>
 */
public final class AttrSchema {
    /** Payload kinds. */
    public enum Kind {
        /** 1 byte. */
        U8,
        /** 2 bytes host order. */
        U16,
        /** 2 bytes network order. */
        U16_BE,
        /** 4 bytes host order. */
        U32,
        /** 4 bytes network order. */
        U32_BE,
        /** 8 bytes host order. */
        U64,
        /** NUL-terminated or bare text. */
        STRING,
        /** opaque bytes. */
        BINARY,
        /** zero-length flag. */
        FLAG,
        /** nested attributes, decoded with a nested schema. */
        NESTED
    }

    /**
     * One attribute's spec.
     *
     * @param name display name
     * @param kind payload kind
     * @param nested schema of the children for {@link Kind#NESTED}, else {@code null}
     */
    public record Spec(String name, Kind kind, AttrSchema nested) {
    }

    private final Map<Integer, Spec> specs;
    private final Spec every;

    private AttrSchema(Map<Integer, Spec> specs, Spec every) {
        this.specs = Map.copyOf(specs);
        this.every = every;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A schema in which every type is an element of {@code element} (the kernel's "array" nests, such as
     * {@code CTRL_ATTR_MCAST_GROUPS}, number their elements 1..n).
     *
     * @param element schema of each element
     * @return the array schema
     */
    public static AttrSchema arrayOf(AttrSchema element) {
        return new AttrSchema(Map.of(), new Spec("ELEMENT", Kind.NESTED, element));
    }

    /** @param type attribute type @return its spec, or {@code null} when unknown */
    public Spec spec(int type) {
        Spec s = specs.get(type);
        return s != null ? s : every;
    }

    /** Collects specs. */
    public static final class Builder {
        private final Map<Integer, Spec> specs = new HashMap<>();

        private Builder() {
        }

        private Builder add(int type, String name, Kind kind, AttrSchema nested) {
            if (specs.putIfAbsent(type, new Spec(name, kind, nested)) != null) {
                throw new IllegalArgumentException("attribute type " + type + " defined twice");
            }
            return this;
        }

        /** @param type type @param name name @return this */
        public Builder u8(int type, String name) {
            return add(type, name, Kind.U8, null);
        }

        /** @param type type @param name name @return this */
        public Builder u16(int type, String name) {
            return add(type, name, Kind.U16, null);
        }

        /** @param type type @param name name @return this */
        public Builder u16Be(int type, String name) {
            return add(type, name, Kind.U16_BE, null);
        }

        /** @param type type @param name name @return this */
        public Builder u32(int type, String name) {
            return add(type, name, Kind.U32, null);
        }

        /** @param type type @param name name @return this */
        public Builder u32Be(int type, String name) {
            return add(type, name, Kind.U32_BE, null);
        }

        /** @param type type @param name name @return this */
        public Builder u64(int type, String name) {
            return add(type, name, Kind.U64, null);
        }

        /** @param type type @param name name @return this */
        public Builder string(int type, String name) {
            return add(type, name, Kind.STRING, null);
        }

        /** @param type type @param name name @return this */
        public Builder binary(int type, String name) {
            return add(type, name, Kind.BINARY, null);
        }

        /** @param type type @param name name @return this */
        public Builder flag(int type, String name) {
            return add(type, name, Kind.FLAG, null);
        }

        /** @param type type @param name name @param nested the children's schema @return this */
        public Builder nested(int type, String name, AttrSchema nested) {
            return add(type, name, Kind.NESTED, nested);
        }

        /** @return the schema */
        public AttrSchema build() {
            return new AttrSchema(specs, null);
        }
    }
}
