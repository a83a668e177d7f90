package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.HostView.FileInfo;
import org.keepalived4j.config.HostView.FileType;
import org.keepalived4j.config.SourcePosition;

/**
 * keepalived's check of one script file ({@code check_script_secure}, {@code find_path}, {@code check_security} in
 * lib/notify.c), asked of a {@link HostView}: find the program, resolve it, check it is executable by the script's
 * user, and - when it runs with root rights - that neither the file nor any directory above it is writable by
 * anyone but root.
 *
 * <p>keepalived logs most of its findings rather than reporting them as config errors; those are
 * {@link ConfigErrorKind#NOTICE}s here, with keepalived's words.
 */
final class ScriptFileCheck {

    /** Flags as keepalived's SC_* (lib/notify.h). */
    static final int INSECURE = 0x01;
    static final int IS_SCRIPT = 0x02;
    static final int INHIBIT = 0x04;
    static final int NOT_FOUND = 0x08;
    static final int EXECUTABLE = 0x10;
    static final int SYSTEM = 0x40;

    private static final int S_ISUID = 04000;
    private static final int S_ISGID = 02000;
    private static final int S_ISVTX = 01000;
    private static final int S_IWGRP = 020;
    private static final int S_IWOTH = 02;

    /** The flags and the program path keepalived would run (after path search and symbolic links). */
    record Outcome(int flags, List<String> args) {
    }

    private final HostView host;
    private final BuildContext ctx;
    private final boolean scriptSecurity;

    ScriptFileCheck(HostView host, BuildContext ctx, boolean scriptSecurity) {
        this.host = host;
        this.ctx = ctx;
        this.scriptSecurity = scriptSecurity;
    }

    Outcome check(List<String> argsIn, int uid, int gid, SourcePosition at) {
        List<String> args = new ArrayList<>(argsIn);
        String prog = args.getFirst();
        // "</dev/tcp/..." only tests whether a file opens: run through system(), nothing to check.
        if (prog.startsWith("<") && prog.substring(1).stripLeading().startsWith("/")) {
            return new Outcome(SYSTEM, args);
        }
        if (prog.indexOf('/') < 0) {
            String found = findPath(prog, uid, gid, at);
            if (found == null) {
                return new Outcome(NOT_FOUND, args);
            }
            args.set(0, found);
            prog = found;
        }
        Optional<String> real = host.realPath(prog);
        if (real.isEmpty()) {
            note(at, "Script " + prog + " cannot be accessed - No such file or directory");
            return new Outcome(NOT_FOUND, args);
        }
        String newPath = real.get();
        String realFilePath = null;
        if (!prog.equals(newPath)) {
            String origName = prog.substring(prog.lastIndexOf('/') + 1);
            String newName = newPath.substring(newPath.lastIndexOf('/') + 1);
            if (!origName.equals(newName)) {
                // Keep the name the program was called by, if it names the same file in the resolved directory.
                String renamed = newPath.substring(0, newPath.lastIndexOf('/') + 1) + origName;
                Optional<FileInfo> r = host.stat(newPath);
                Optional<FileInfo> n = host.stat(renamed);
                if (r.isPresent() && (n.isEmpty() || !r.get().sameFile(n.get()))) {
                    realFilePath = null;
                } else {
                    realFilePath = newPath;
                    newPath = renamed;
                }
            }
            args.set(0, newPath);
            prog = newPath;
        }
        Optional<FileInfo> file = host.stat(realFilePath != null ? realFilePath : prog);
        if (file.isEmpty()) {
            note(at, "Unable to access script `" + prog + "` - disabling");
            return new Outcome(NOT_FOUND, args);
        }
        int flags = IS_SCRIPT;
        boolean needProtection = false;
        FileInfo f = file.get();
        if (executable(f, uid, gid)) {
            flags |= EXECUTABLE;
            needProtection = uid == 0 || gid == 0
                    || (f.uid() == 0 && (f.mode() & 0100) != 0 && (f.mode() & S_ISUID) != 0)
                    || (f.gid() == 0 && (f.mode() & 010) != 0 && (f.mode() & S_ISGID) != 0);
        } else {
            note(at, "WARNING - script '" + prog + "' is not executable for uid:gid " + uid + ":" + gid
                    + " - disabling.");
        }
        if (!needProtection) {
            return new Outcome(flags, args);
        }
        flags |= pathSecurity(prog, at);
        if (realFilePath != null) {
            flags |= pathSecurity(realFilePath, at);
        }
        return new Outcome(flags, args);
    }

    /** find_path: the first executable regular file named {@code file} on the search path, or {@code null}. */
    private String findPath(String file, int uid, int gid, SourcePosition at) {
        boolean denied = false;
        for (String dir : host.searchPath().split(":", -1)) {
            String candidate = dir.isEmpty() ? file : dir + "/" + file;
            Optional<FileInfo> st = host.stat(candidate);
            if (st.isEmpty()) {
                continue;
            }
            if (st.get().type() != FileType.REGULAR || !executable(st.get(), uid, gid)) {
                denied = true;
                continue;
            }
            note(at, "WARNING - script `" + file + "` resolved by path search to `" + candidate
                    + "`. Please specify full path.");
            return candidate;
        }
        note(at, denied ? "Permissions failure for script " + file + " in path - disabling"
                : "Cannot find script " + file + " in path - disabling");
        return null;
    }

    /** check_security: every directory from / down, and the file itself, must be root's and not writable by others. */
    private int pathSecurity(String path, SourcePosition at) {
        List<String> prefixes = new ArrayList<>();
        int slash = path.indexOf('/');
        while (slash >= 0) {
            prefixes.add(slash == 0 ? "/" : path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        prefixes.add(path);
        for (int i = 0; i < prefixes.size(); i++) {
            boolean last = i == prefixes.size() - 1;
            Optional<FileInfo> st = host.lstat(prefixes.get(i));
            if (st.isEmpty()) {
                note(at, "check_script_secure could not find script '" + path + "' - disabling");
                return NOT_FOUND;
            }
            FileInfo f = st.get();
            boolean rightType = last ? f.type() == FileType.REGULAR || f.type() == FileType.SYMLINK
                    : f.type() == FileType.DIRECTORY;
            if (!rightType) {
                note(at, "Wrong file type found in script path '" + path + "'.");
                return INHIBIT;
            }
            boolean writableByOthers = (f.gid() != 0 && (f.mode() & S_IWGRP) != 0) || (f.mode() & S_IWOTH) != 0;
            boolean checked = (f.type() == FileType.DIRECTORY && (f.mode() & S_ISVTX) == 0)
                    || f.type() == FileType.REGULAR;
            if (f.uid() != 0 || (checked && writableByOthers)) {
                note(at, "Unsafe permissions found for script '" + path + "'" + (scriptSecurity ? " - disabling" : "")
                        + ".");
                return INSECURE | (scriptSecurity ? INHIBIT : 0);
            }
        }
        return 0;
    }

    /** is_executable: root needs any x bit; the owner the user bit; the group the group bit; others the other bit. */
    static boolean executable(FileInfo f, int uid, int gid) {
        int m = f.mode();
        return (uid == 0 && (m & 0111) != 0)
                || (uid == f.uid() && (m & 0100) != 0)
                || (uid != f.uid() && ((gid == f.gid() && (m & 010) != 0) || (gid != f.gid() && (m & 01) != 0)));
    }

    private void note(SourcePosition at, String message) {
        ctx.report(ConfigErrorKind.NOTICE, at, message);
    }
}
