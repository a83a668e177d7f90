package org.keepalived4j.config.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.keepalived4j.config.HostView;

/** A host whose files, symbolic links and users the test lays out. Directories are added for every parent. */
final class FakeHost implements HostView {

    private final Map<String, FileInfo> files = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    private final Map<String, UserInfo> users = new HashMap<>();
    private final Map<String, Integer> groups = new HashMap<>();
    private long nextInode = 1;

    FakeHost() {
        dir("/", 0, 0, 0755);
        users.put("root", new UserInfo("root", 0, 0));
        groups.put("root", 0);
    }

    FakeHost dir(String path, int uid, int gid, int mode) {
        files.put(path, new FileInfo(FileType.DIRECTORY, uid, gid, mode, 1, nextInode++));
        return this;
    }

    /** A regular file; missing parent directories are added as root 0755. */
    FakeHost file(String path, int uid, int gid, int mode) {
        parents(path);
        files.put(path, new FileInfo(FileType.REGULAR, uid, gid, mode, 1, nextInode++));
        return this;
    }

    /** A symbolic link to an absolute target. */
    FakeHost link(String path, String target) {
        parents(path);
        files.put(path, new FileInfo(FileType.SYMLINK, 0, 0, 0777, 1, nextInode++));
        links.put(path, target);
        return this;
    }

    FakeHost user(String name, int uid, int gid) {
        users.put(name, new UserInfo(name, uid, gid));
        return this;
    }

    private void parents(String path) {
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            files.putIfAbsent(path.substring(0, i), new FileInfo(FileType.DIRECTORY, 0, 0, 0755, 1, nextInode++));
        }
    }

    @Override
    public boolean interfaceExists(String name) {
        return true;
    }

    @Override
    public String hostName() {
        return "testhost";
    }

    @Override
    public boolean inspectsFiles() {
        return true;
    }

    @Override
    public Optional<FileInfo> lstat(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public Optional<FileInfo> stat(String path) {
        return realPath(path).map(files::get);
    }

    @Override
    public Optional<String> realPath(String path) {
        String p = path;
        for (int hops = 0; hops < 8; hops++) {
            if (!files.containsKey(p)) {
                return Optional.empty();
            }
            String t = links.get(p);
            if (t == null) {
                return Optional.of(p);
            }
            p = t;
        }
        return Optional.empty();
    }

    @Override
    public String searchPath() {
        return "/usr/local/bin:/usr/bin:/bin";
    }

    @Override
    public Optional<UserInfo> user(String name) {
        return Optional.ofNullable(users.get(name));
    }

    @Override
    public Optional<Integer> groupId(String name) {
        return Optional.ofNullable(groups.get(name));
    }
}
