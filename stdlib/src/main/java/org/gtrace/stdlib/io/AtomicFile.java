package org.gtrace.stdlib.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the same folder, are
 * forced to the disk, and the temporary file is renamed over the target. A full disk, a kill or
 * a power cut leaves either the old file or the new one, never a truncated mix, and a failed
 * write removes its temporary file. A write killed midway (kill -9) cannot remove its own; the
 * next write to the same name does. Every file the project writes for a user goes through here.
 */
public final class AtomicFile {

    private AtomicFile() {}

    /** Writes {@code text} as UTF-8. */
    public static void write(Path target, String text, boolean overwrite) {
        write(target, text.getBytes(StandardCharsets.UTF_8), overwrite);
    }

    /**
     * Writes {@code bytes} to {@code target}. Without {@code overwrite} an existing file is left
     * as it is and the write fails with {@link WriteError.Reason#EXISTS}.
     */
    public static void write(Path target, byte[] bytes, boolean overwrite) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            java.util.Optional<WriteError> inTheWay = fileInTheWay(file);
            if (inTheWay.isPresent()) throw inTheWay.get();
            throw new WriteError(file, WriteError.Reason.NO_FOLDER, "cannot write " + file + ": the folder " + folder + " does not exist",
                    "create the folder first, or name a file in one that exists");
        }
        if (Files.isDirectory(file)) {
            throw new WriteError(file, WriteError.Reason.IS_FOLDER, "cannot write " + file + ": it is a folder",
                    "name a file inside it, e.g. " + file.resolve("report.html"));
        }
        if (!overwrite && Files.exists(file)) throw exists(file);
        reclaim(folder, file);
        Path tmp = null;
        try {
            tmp = temporary(folder, file);
            // held while the temporary file exists: a later write takes a file whose lock is free for a killed write's, and removes it
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE); FileLock held = ch.lock()) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) ch.write(b);
                ch.force(true);
                move(tmp, file, overwrite);
                tmp = null;
            }
            syncFolder(folder);
        } catch (IOException e) {
            throw reason(file, e);
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
    }

    /**
     * A new empty file beside the target. Made with the process's default permissions (its umask),
     * not a temporary file's owner-only ones, and given the replaced file's where there is one.
     */
    private static Path temporary(Path folder, Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = folder.resolve("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong() >>> 16) + ".tmp");
            try {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 8) continue;
                throw e;
            }
            copyPermissions(file, tmp);
            return tmp;
        }
    }

    /** How long a temporary file must have been left alone before a later write takes it for a killed write's. */
    private static final long SETTLED_MS = 2_000;

    /**
     * Removes the temporary files of writes to {@code file} that were killed midway (kill -9, a
     * power cut): those no live process holds the lock of, and untouched for a moment, since a
     * writer takes its lock just after making the file.
     */
    private static void reclaim(Path folder, Path file) {
        String prefix = "." + file.getFileName() + ".";
        long settled = System.currentTimeMillis() - SETTLED_MS;
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder,
                p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".tmp"))) {
            for (Path p : left) {
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE); FileLock free = ch.tryLock()) {
                    if (free != null && Files.getLastModifiedTime(p).toMillis() < settled) Files.deleteIfExists(p);
                } catch (IOException | OverlappingFileLockException e) {
                    // another write at work, or not a file this process may touch: left as it is
                }
            }
        } catch (IOException e) {
            // an unreadable folder fails the write itself, with its reason
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (IOException | UnsupportedOperationException e) {
            // the new file keeps the default permissions: readable as any new file would be
        }
    }

    private static void move(Path tmp, Path file, boolean overwrite) throws IOException {
        if (overwrite) {
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } else {
            // a link fails if the name was taken meanwhile, where a rename would replace it
            try {
                Files.createLink(file, tmp);
                Files.delete(tmp);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException) throw e;
                Files.move(tmp, file);
            }
        }
    }

    /** Makes the rename itself durable; a folder that cannot be opened for this (some file systems) is left to the OS. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the file is whole either way; only the rename's durability across a power cut is left to the OS
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // nothing more can be done: the name starts with a dot and ends in .tmp, so it is recognisable
        }
    }

    private static WriteError exists(Path file) {
        return new WriteError(file, WriteError.Reason.EXISTS, file + " exists and was kept", "replace it on purpose, or write to another name");
    }

    /** A file where the path needs a folder (a --prefix naming a file, say): the nearest one above {@code file}. */
    private static java.util.Optional<WriteError> fileInTheWay(Path file) {
        for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p)) {
                return java.util.Optional.of(new WriteError(file, WriteError.Reason.NOT_A_FOLDER,
                        "cannot write " + file + ": " + p + " is a file, not a folder", "name a folder there, or move that file away"));
            }
            if (Files.isDirectory(p)) break;
        }
        return java.util.Optional.empty();
    }

    /** The user's view of a failed write: what stood in the way and what to do. */
    public static WriteError reason(Path file, IOException e) {
        String msg = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage());
        String lower = msg.toLowerCase(java.util.Locale.ROOT);
        java.util.Optional<WriteError> inTheWay = fileInTheWay(file);
        if (inTheWay.isPresent()) return inTheWay.get();
        if (e instanceof FileAlreadyExistsException) return exists(file);
        if (lower.contains("read-only")) {
            return new WriteError(file, WriteError.Reason.READ_ONLY, "cannot write " + file + ": the file system is read-only",
                    "write to a folder you can change, e.g. your home folder");
        }
        if (lower.contains("no space") || lower.contains("quota")) {
            return new WriteError(file, WriteError.Reason.NO_SPACE, "cannot write " + file + ": no space left on the disk (nothing was changed)",
                    "free some space, or write to another disk");
        }
        if (e instanceof AccessDeniedException || lower.contains("permission denied")) {
            return new WriteError(file, WriteError.Reason.DENIED, "cannot write " + file + ": permission denied",
                    "write to a folder you own, or ask its owner for write access");
        }
        if (e instanceof NoSuchFileException) {
            return new WriteError(file, WriteError.Reason.NO_FOLDER, "cannot write " + file + ": the folder " + file.getParent() + " does not exist",
                    "create the folder first, or name a file in one that exists");
        }
        return new WriteError(file, WriteError.Reason.OTHER, "cannot write " + file + ": " + msg, "check the path and the disk, then try again");
    }
}
