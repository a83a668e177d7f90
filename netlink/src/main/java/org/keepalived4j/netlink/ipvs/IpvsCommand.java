package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One changing call of {@link IpvsTable}, as a value, so that many can be handed over at once
 * ({@link IpvsTable#execute}).
 */
public sealed interface IpvsCommand {

    /** @return the service it concerns */
    IpvsServiceKey key();

    /** @return the operation, for error messages */
    default IpvsOperation operation() {
        return switch (this) {
            case AddService c -> IpvsOperation.ADD_SERVICE;
            case EditService c -> IpvsOperation.EDIT_SERVICE;
            case DeleteService c -> IpvsOperation.DELETE_SERVICE;
            case AddDestination c -> IpvsOperation.ADD_DESTINATION;
            case EditDestination c -> IpvsOperation.EDIT_DESTINATION;
            case DeleteDestination c -> IpvsOperation.DELETE_DESTINATION;
        };
    }

    /** @return what error messages name, e.g. {@code [10.0.0.1]:tcp:80 -> 192.168.1.2:80} */
    default String subject() {
        return switch (this) {
            case AddDestination c -> subject(c.key(), c.destination().address(), c.destination().port());
            case EditDestination c -> subject(c.key(), c.destination().address(), c.destination().port());
            case DeleteDestination c -> subject(c.key(), c.address(), c.port());
            default -> key().toString();
        };
    }

    /** A command carrying a whole service's settings. */
    sealed interface WithService extends IpvsCommand {
        /** @return the service's settings */
        IpvsService service();

        @Override
        default IpvsServiceKey key() {
            return service().key();
        }
    }

    /** {@code ipvsadm -A}. @param service the service to add */
    record AddService(IpvsService service) implements WithService {
        public AddService {
            Objects.requireNonNull(service, "service");
        }
    }

    /** {@code ipvsadm -E}. @param service the new settings of the service with the same key */
    record EditService(IpvsService service) implements WithService {
        public EditService {
            Objects.requireNonNull(service, "service");
        }
    }

    /** {@code ipvsadm -D}. @param key the service to remove */
    record DeleteService(IpvsServiceKey key) implements IpvsCommand {
        public DeleteService {
            Objects.requireNonNull(key, "key");
        }
    }

    /** {@code ipvsadm -a}. @param key the service @param destination the destination to add */
    record AddDestination(IpvsServiceKey key, IpvsDestination destination) implements IpvsCommand {
        public AddDestination {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(destination, "destination");
        }
    }

    /** {@code ipvsadm -e}. @param key the service @param destination the new settings of the destination */
    record EditDestination(IpvsServiceKey key, IpvsDestination destination) implements IpvsCommand {
        public EditDestination {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(destination, "destination");
        }
    }

    /** {@code ipvsadm -d}. @param key the service @param address the real server @param port its port */
    record DeleteDestination(IpvsServiceKey key, InetAddress address, int port) implements IpvsCommand {
        public DeleteDestination {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(address, "address");
        }
    }

    private static String subject(IpvsServiceKey key, InetAddress address, int port) {
        return key + " -> " + IpvsFormat.address(address) + ":" + port;
    }
}
