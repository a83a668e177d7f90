package org.keepalived4j.netlink.msg;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One decoded netlink attribute, as produced by {@link AttrDecoder} from an {@link AttrSchema}. Sealed, with
 * {@link UnknownAttr} for types the schema does not name (a newer kernel) or payloads of the wrong size, so that a
 * {@code switch} over it stays exhaustive and unknown input is still representable (like the class-file API's
 * {@code UnknownAttribute}).
 *
 * <p>For control-path decoding (dumps, family resolution). Hot paths use the {@link NlAttrFlyweight} cursor.
 */
public sealed interface Attr permits Attr.NumberAttr, Attr.StringAttr, Attr.BinaryAttr, Attr.FlagAttr,
        Attr.NestedAttr, Attr.UnknownAttr {

    /** @return the attribute type, without the nested/byte-order bits */
    int type();

    /**
     * An unsigned integer of 8, 16, 32 or 64 bits (byte order already applied).
     *
     * @param type attribute type
     * @param name the schema's name
     * @param value the value; u32 values are never negative here
     */
    record NumberAttr(int type, String name, long value) implements Attr {
    }

    /**
     * Text, NUL stripped.
     *
     * @param type attribute type
     * @param name the schema's name
     * @param value the text
     */
    record StringAttr(int type, String name, String value) implements Attr {
    }

    /**
     * Opaque bytes the schema names (addresses, structs).
     *
     * @param type attribute type
     * @param name the schema's name
     * @param value a copy of the payload
     */
    record BinaryAttr(int type, String name, byte[] value) implements Attr {
        @Override
        public boolean equals(Object o) {
            return o instanceof BinaryAttr b && b.type == type && b.name.equals(name) && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return 31 * type + Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return name + "=" + HexFormat.of().formatHex(value);
        }
    }

    /**
     * A zero-length flag attribute that is present.
     *
     * @param type attribute type
     * @param name the schema's name
     */
    record FlagAttr(int type, String name) implements Attr {
    }

    /**
     * A nested attribute and its decoded children.
     *
     * @param type attribute type
     * @param name the schema's name
     * @param children decoded with the nested schema
     */
    record NestedAttr(int type, String name, AttrList children) implements Attr {
    }

    /**
     * An attribute the schema does not know, or whose payload does not fit the schema's kind.
     *
     * @param type attribute type
     * @param nested whether {@code NLA_F_NESTED} was set
     * @param payload a copy of the payload
     */
    record UnknownAttr(int type, boolean nested, byte[] payload) implements Attr {
        @Override
        public boolean equals(Object o) {
            return o instanceof UnknownAttr u && u.type == type && u.nested == nested
                    && Arrays.equals(u.payload, payload);
        }

        @Override
        public int hashCode() {
            return 31 * type + Arrays.hashCode(payload);
        }

        @Override
        public String toString() {
            return "UnknownAttr(" + type + (nested ? ",nested" : "") + ")=" + HexFormat.of().formatHex(payload);
        }
    }
}
