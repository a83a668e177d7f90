package org.keepalived4j.netlink.msg;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a run of attributes into {@link Attr} records following an {@link AttrSchema}. Unknown types and
 * payloads whose size does not match the spec become {@link Attr.UnknownAttr}; a truncated run ends the list
 * (what was decoded so far is kept, and {@link #decode} reports it through {@link Result#truncated()}).
 */
public final class AttrDecoder {
    private AttrDecoder() {
    }

    /**
     * The decoded attributes and whether the input ended inside one.
     *
     * @param attrs decoded attributes
     * @param truncated whether the run ended in a malformed attribute
     */
    public record Result(AttrList attrs, boolean truncated) {
    }

    /**
     * @param segment buffer
     * @param start offset of the first attribute
     * @param end offset past the last attribute byte
     * @param schema names and kinds
     * @return the attributes
     */
    public static Result decode(MemorySegment segment, long start, long end, AttrSchema schema) {
        NlAttrFlyweight cursor = new NlAttrFlyweight().wrap(segment, start, end);
        List<Attr> out = new ArrayList<>();
        boolean truncated = false;
        while (cursor.next()) {
            Result nestedResult = decodeOne(cursor, schema, out);
            truncated |= nestedResult != null && nestedResult.truncated();
        }
        return new Result(new AttrList(out), truncated || cursor.malformed());
    }

    private static Result decodeOne(NlAttrFlyweight a, AttrSchema schema, List<Attr> out) {
        int type = a.type();
        int len = a.payloadLength();
        AttrSchema.Spec spec = schema.spec(type);
        if (spec == null) {
            out.add(unknown(a));
            return null;
        }
        Attr decoded = switch (spec.kind()) {
            case U8 -> len == 1 ? new Attr.NumberAttr(type, spec.name(), a.u8()) : null;
            case U16 -> len == 2 ? new Attr.NumberAttr(type, spec.name(), a.u16()) : null;
            case U16_BE -> len == 2 ? new Attr.NumberAttr(type, spec.name(), a.u16Be()) : null;
            case U32 -> len == 4 ? new Attr.NumberAttr(type, spec.name(), Integer.toUnsignedLong(a.u32())) : null;
            case U32_BE -> len == 4 ? new Attr.NumberAttr(type, spec.name(), Integer.toUnsignedLong(a.u32Be())) : null;
            case U64 -> len == 8 ? new Attr.NumberAttr(type, spec.name(), a.u64()) : null;
            case STRING -> new Attr.StringAttr(type, spec.name(), a.string());
            case BINARY -> new Attr.BinaryAttr(type, spec.name(), a.bytes());
            case FLAG -> len == 0 ? new Attr.FlagAttr(type, spec.name()) : null;
            case NESTED -> null;
        };
        if (spec.kind() == AttrSchema.Kind.NESTED) {
            Result inner = decode(a.segment(), a.payloadOffset(), a.payloadOffset() + len, spec.nested());
            out.add(new Attr.NestedAttr(type, spec.name(), inner.attrs()));
            return inner;
        }
        out.add(decoded != null ? decoded : unknown(a));
        return null;
    }

    private static Attr.UnknownAttr unknown(NlAttrFlyweight a) {
        return new Attr.UnknownAttr(a.type(), (a.rawType() & Nl.NLA_F_NESTED) != 0, a.bytes());
    }
}
