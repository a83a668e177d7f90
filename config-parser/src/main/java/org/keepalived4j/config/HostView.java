package org.keepalived4j.config;

import java.util.Optional;

/**
 * What the configuration is checked against on the machine: keepalived checks that interfaces exist, looks up script
 * users and groups, and checks that scripts are safe to run (owner and permissions of the file and of every directory
 * on its path). Tests use {@link #lenient()} or their own implementation.
 *
 * <p>Only {@link #interfaceExists} and {@link #hostName} must be implemented; every other method has a default that
 * knows nothing about the machine (no files, every user and group exists), so a test implements just what it fakes.
 */
public interface HostView {

    /** True if a network interface with this name exists (in the current network namespace). */
    boolean interfaceExists(String name);

    /** The host name, used as the default config id and by {@code router_id}. */
    String hostName();

    /**
     * True if this view answers file questions ({@link #stat}, {@link #lstat}, {@link #realPath}). When false the
     * script security check (keepalived's {@code check_script_secure}) is skipped: nothing can be said about files.
     */
    default boolean inspectsFiles() {
        return false;
    }

    /** {@code stat(2)} of a path (symbolic links followed); empty if it cannot be reached. */
    default Optional<FileInfo> stat(String path) {
        return Optional.empty();
    }

    /** {@code lstat(2)} of a path (a symbolic link itself); empty if it cannot be reached. */
    default Optional<FileInfo> lstat(String path) {
        return Optional.empty();
    }

    /** {@code realpath(3)}: the absolute path with {@code .}, {@code ..} and symbolic links resolved. */
    default Optional<String> realPath(String path) {
        return Optional.empty();
    }

    /** The executable search path keepalived uses for bare script names (its {@code PATH}). */
    default String searchPath() {
        return "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    }

    /** A user by name ({@code getpwnam}); empty if it does not exist. The default: every user exists. */
    default Optional<UserInfo> user(String name) {
        return Optional.of(new UserInfo(name, 65534, 65534));
    }

    /** A group's id by name ({@code getgrnam}); empty if it does not exist. The default: every group exists. */
    default Optional<Integer> groupId(String name) {
        return Optional.of(65534);
    }

    /** The effective user id keepalived runs with (root for a daemon). */
    default int effectiveUid() {
        return 0;
    }

    /** The effective group id keepalived runs with. */
    default int effectiveGid() {
        return 0;
    }

    /** Number of CPUs online ({@code sysconf(_SC_NPROCESSORS_ONLN)}), for {@code *_cpu_affinity}. */
    default int onlineCpus() {
        return Integer.MAX_VALUE;
    }

    /** True if a path exists and is writable (keepalived's {@code access(path, W_OK)}). */
    default boolean writable(String path) {
        return true;
    }

    /** The type of a file, as {@code st_mode & S_IFMT}. */
    enum FileType { REGULAR, DIRECTORY, SYMLINK, OTHER }

    /**
     * The parts of {@code struct stat} the script checks look at.
     *
     * @param type   the file type
     * @param uid    owner
     * @param gid    group
     * @param mode   permission bits including set-uid (04000), set-gid (02000) and sticky (01000)
     * @param device device id, to tell whether two paths are the same file
     * @param inode  inode number, likewise
     */
    record FileInfo(FileType type, int uid, int gid, int mode, long device, long inode) {

        /** True if this and {@code other} are the same file (same device and inode). */
        public boolean sameFile(FileInfo other) {
            return device == other.device && inode == other.inode;
        }
    }

    /**
     * A user account.
     *
     * @param name the user name
     * @param uid  its user id
     * @param gid  its primary group id
     */
    record UserInfo(String name, int uid, int gid) {
    }

    /** A view in which every interface, user and group exists; nothing on the machine is consulted. */
    static HostView lenient() {
        return new HostView() {
            @Override
            public boolean interfaceExists(String name) {
                return true;
            }

            @Override
            public String hostName() {
                return "localhost";
            }
        };
    }

    /** The real machine. */
    static HostView system() {
        return new SystemHostView();
    }
}
