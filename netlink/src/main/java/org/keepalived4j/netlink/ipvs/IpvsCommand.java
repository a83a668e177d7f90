package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.util.Objects;

/**
 * One changing call of {@link IpvsTable}, as a value, so that many can be handed over at once
 * ({@link IpvsTable#execute}).
 */
public sealed interface IpvsCommand {

    /** @return the operation, for error messages */
    IpvsOperation operation();

    /** @return the service it concerns */
    IpvsServiceKey key();

    /** @return what error messages name, e.g. {@code [10.0.0.1]:tcp:80 -> 192.168.1.2:80} */
    String subject();

    /** {@code ipvsadm -A}. @param service the service to add */
    record AddService(IpvsService service) implements IpvsCommand {
        public AddService {
            Objects.requireNonNull(service, "service");
        }

        @Override
        public IpvsOperation operation() {
            return IpvsOperation.ADD_SERVICE;
        }

        @Override
        public IpvsServiceKey key() {
            return service.key();
        }

        @Override
        public String subject() {
            return service.key().toString();
        }
    }

    /** {@code ipvsadm -E}. @param service the new settings of the service with the same key */
    record EditService(IpvsService service) implements IpvsCommand {
        public EditService {
            Objects.requireNonNull(service, "service");
        }

        @Override
        public IpvsOperation operation() {
            return IpvsOperation.EDIT_SERVICE;
        }

        @Override
        public IpvsServiceKey key() {
            return service.key();
        }

        @Override
        public String subject() {
            return service.key().toString();
        }
    }

    /** {@code ipvsadm -D}. @param key the service to remove */
    record DeleteService(IpvsServiceKey key) implements IpvsCommand {
        public DeleteService {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public IpvsOperation operation() {
            return IpvsOperation.DELETE_SERVICE;
        }

        @Override
        public String subject() {
            return key.toString();
        }
    }

    /** {@code ipvsadm -a}. @param key the service @param destination the destination to add */
    record AddDestination(IpvsServiceKey key, IpvsDestination destination) implements IpvsCommand {
        public AddDestination {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(destination, "destination");
        }

        @Override
        public IpvsOperation operation() {
            return IpvsOperation.ADD_DESTINATION;
        }

        @Override
        public String subject() {
            return IpvsCommand.subject(key, destination.address(), destination.port());
        }
    }

    /** {@code ipvsadm -e}. @param key the service @param destination the new settings of the destination */
    record EditDestination(IpvsServiceKey key, IpvsDestination destination) implements IpvsCommand {
        public EditDestination {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(destination, "destination");
        }

        @Override
        public IpvsOperation operation() {
            return IpvsOperation.EDIT_DESTINATION;
        }

        @Override
        public String subject() {
            return IpvsCommand.subject(key, destination.address(), destination.port());
        }
    }

    /** {@code ipvsadm -d}. @param key the service @param address the real server @param port its port */
    record DeleteDestination(IpvsServiceKey key, InetAddress address, int port) implements IpvsCommand {
        public DeleteDestination {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(address, "address");
        }

        @Override
        public IpvsOperation operation() {
            return IpvsOperation.DELETE_DESTINATION;
        }

        @Override
        public String subject() {
            return IpvsCommand.subject(key, address, port);
        }
    }

    private static String subject(IpvsServiceKey key, InetAddress address, int port) {
        return key + " -> " + IpvsFormat.address(address) + ":" + port;
    }
}
