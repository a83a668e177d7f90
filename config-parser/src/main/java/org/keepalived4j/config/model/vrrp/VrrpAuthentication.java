package org.keepalived4j.config.model.vrrp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * VRRPv2 authentication ({@code authentication { auth_type PASS|AH; auth_pass SECRET }}, RFC 2338 §5.3.6). keepalived
 * keeps at most 8 bytes of the password (the advert's authentication data field); {@link #data()} gives them padded
 * with zeros. VRRPv3 and strict mode have none.
 */
public sealed interface VrrpAuthentication {

    /** No authentication (type 0). */
    record None() implements VrrpAuthentication {
    }

    /**
     * Simple text password (type 1).
     *
     * @param password the password as configured, cut to 8 bytes
     */
    record Password(String password) implements VrrpAuthentication {
    }

    /**
     * IPsec AH (type 2); the password keys the HMAC-MD5-96.
     *
     * @param password the password as configured, cut to 8 bytes
     */
    record Ah(String password) implements VrrpAuthentication {
    }

    /** The "no authentication" value. */
    VrrpAuthentication NONE = new None();

    /** The 8 bytes keepalived puts in the advert's authentication data (zeros for none). */
    default byte[] data() {
        String p = switch (this) {
            case None n -> "";
            case Password pw -> pw.password();
            case Ah ah -> ah.password();
        };
        return Arrays.copyOf(p.getBytes(StandardCharsets.UTF_8), 8);
    }
}
