"""Writes a file whole or not at all, as the kernel's AtomicFile does for reports.

The bytes go to a file in the target's folder that has no name yet (O_TMPFILE, where the file
system has it), are forced to the disk, and only then get a name and replace the target. A
full disk, a read-only folder or a kill -9 therefore leaves the old file as it was and, with
O_TMPFILE, nothing else: a killed write never named its file. Without O_TMPFILE the temporary
file is named `.NAME.XXXX.tmp` and removed on any failure the process lives through.
"""

import errno
import os
import secrets


class WriteFailure(Exception):
    """A write that did not happen, said so a user can act on it."""

    def __init__(self, path, problem, fix):
        super().__init__(f"cannot write {path}: {problem}")
        self.path, self.problem, self.fix = path, problem, fix


_REASONS = {
    errno.ENOSPC: ("no space left on the disk (the file was left as it was)", "free some space, or write to another disk"),
    errno.EDQUOT: ("the disk quota is used up (the file was left as it was)", "free some space, or write to another disk"),
    errno.EROFS: ("the file system is read-only", "write to a folder you can change"),
    errno.EACCES: ("permission denied", "write to a folder you own, or ask its owner for write access"),
    errno.EPERM: ("permission denied", "write to a folder you own, or ask its owner for write access"),
    errno.ENOENT: ("its folder does not exist", "create the folder first"),
    errno.EISDIR: ("it is a folder", "name a file, not a folder"),
}


def failure(path, error):
    problem, fix = _REASONS.get(error.errno, (error.strerror or str(error), "check the path and the disk, then try again"))
    return WriteFailure(path, problem, fix)


def write_whole(path, data):
    """Replaces `path` with `data` (str or bytes), keeping its permissions; raises WriteFailure."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    if os.path.isdir(path):
        raise WriteFailure(path, "it is a folder", "name a file, not a folder")
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        _write(path, folder, data, mode)
    except OSError as e:
        raise failure(path, e) from None


def _write(path, folder, data, mode):
    fd, named = _unnamed(folder, path, mode)
    temp = named
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
        if temp is None:
            # gives the finished file a name; a kill between this and the rename below (microseconds) is the only one that leaves it
            temp = _temporary_name(folder, path)
            # linkat(AT_SYMLINK_FOLLOW) on /proc/self/fd/N names the file; os.link calls plain link()
            # (which does not follow, and fails with EXDEV) unless a dir_fd is given
            proc = os.open("/proc/self/fd", os.O_RDONLY)
            try:
                os.link(str(fd), temp, src_dir_fd=proc, follow_symlinks=True)
            finally:
                os.close(proc)
        os.replace(temp, path)
        temp = None
    finally:
        os.close(fd)
        if temp is not None:
            try:
                os.unlink(temp)
            except OSError:
                pass
    _sync_folder(folder)


def _unnamed(folder, path, mode):
    """An open file in `folder`: without a name where O_TMPFILE works (then the name is None)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if flag and os.path.isdir("/proc/self/fd"):
        try:
            fd = os.open(folder, flag | os.O_WRONLY, mode)
            os.fchmod(fd, mode)
            return fd, None
        except OSError as e:
            if e.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    name = _temporary_name(folder, path)
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    os.fchmod(fd, mode)
    return fd, name


def _temporary_name(folder, path):
    return os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(6)}.tmp")


def _sync_folder(folder):
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # the file is whole either way; only the rename's durability is left to the OS
    finally:
        os.close(fd)
