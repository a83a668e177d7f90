package org.keepalived4j.dist;

import io.netty.handler.ssl.SslContextBuilder;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.keepalived4j.core.log.Logging;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;
import org.slf4j.LoggerFactory;

/**
 * Run by {@link DebPackageIT} on the installed runtime: touches each library path the daemon takes that a missing
 * module or native library would break (Log4j as the daemon configures it, pcap4j through JNA and libpcap, TLS with
 * an EC key as SSL_GET uses). Prints "probe ok" last; any failure is a stack trace and a non-zero exit.
 */
public final class RuntimeProbe {

    private RuntimeProbe() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        Logging.configure(new Logging.Settings(true, false, false, null, null));
        LoggerFactory.getLogger(RuntimeProbe.class).info("probe: logging works");
        List<PcapNetworkInterface> devices = Pcaps.findAllDevs();
        System.out.println("probe: libpcap sees " + devices.size() + " interface(s)");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        ec.generateKeyPair();
        SSLContext.getInstance("TLSv1.3").init(null, null, null);
        SslContextBuilder.forClient().build();
        System.out.println("probe: TLS and EC keys work");
        System.out.println("probe ok");
    }
}
