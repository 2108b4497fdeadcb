package org.gtrace.stdlib.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheWholeFileAndLeavesNothingElse() throws Exception {
        Path f = dir.resolve("report.html");
        String big = "x".repeat(3_000_000);
        AtomicFile.write(f, big, false);
        assertEquals(big, Files.readString(f));
        assertEquals(List.of("report.html"), names());
    }

    @Test
    void anExistingFileIsKeptUnlessOverwriteIsAsked() throws Exception {
        Path f = dir.resolve("report.md");
        Files.writeString(f, "old");
        WriteError e = assertThrows(WriteError.class, () -> AtomicFile.write(f, "new", false));
        assertEquals(WriteError.Reason.EXISTS, e.reason());
        assertTrue(e.getMessage().contains("exists and was kept"), e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("report.md"), names(), "no temporary file left by the refusal");
        AtomicFile.write(f, "new", true);
        assertEquals("new", Files.readString(f));
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsNotOwnerOnly() throws Exception {
        Path shared = dir.resolve("shared.csv");
        Files.writeString(shared, "a");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFile.write(shared, "b", true);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        Path fresh = dir.resolve("fresh.csv");
        AtomicFile.write(fresh, "c", false);
        assertTrue(Files.getPosixFilePermissions(fresh).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                "a temporary file's owner-only mode must not become the report's");
    }

    @Test
    void aMissingFolderOrAFolderInPlaceOfTheFileIsSaidSo() throws Exception {
        WriteError missing = assertThrows(WriteError.class, () -> AtomicFile.write(dir.resolve("none/r.json"), "{}", false));
        assertEquals(WriteError.Reason.NO_FOLDER, missing.reason());
        assertTrue(missing.getMessage().contains(dir.resolve("none").toString()), missing.getMessage());
        Files.createDirectory(dir.resolve("r.json"));
        WriteError folder = assertThrows(WriteError.class, () -> AtomicFile.write(dir.resolve("r.json"), "{}", true));
        assertEquals(WriteError.Reason.IS_FOLDER, folder.reason());
    }

    @Test
    void operatingSystemFailuresBecomeReasonsAUserCanActOn() {
        Path f = dir.resolve("r.html");
        assertEquals(WriteError.Reason.NO_SPACE,
                AtomicFile.reason(f, new java.nio.file.FileSystemException(f.toString(), null, "No space left on device")).reason());
        assertEquals(WriteError.Reason.READ_ONLY,
                AtomicFile.reason(f, new java.nio.file.FileSystemException(f.toString(), null, "Read-only file system")).reason());
        assertEquals(WriteError.Reason.DENIED, AtomicFile.reason(f, new java.nio.file.AccessDeniedException(f.toString())).reason());
        assertTrue(AtomicFile.reason(f, new java.nio.file.FileSystemException(f.toString(), null, "No space left on device"))
                .getMessage().contains("nothing was changed"));
    }

    @Test
    void theNextWriteRemovesWhatAKilledWriteLeftButNotAWriteAtWork() throws Exception {
        Path f = dir.resolve("r.html");
        Path killed = Files.writeString(dir.resolve(".r.html.1a2b3c.tmp"), "half");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path atWork = Files.writeString(dir.resolve(".r.html.4d5e6f.tmp"), "writing");
        Files.setLastModifiedTime(atWork, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Path others = Files.writeString(dir.resolve(".other.html.777.tmp"), "not ours");
        Files.setLastModifiedTime(others, java.nio.file.attribute.FileTime.fromMillis(0));
        try (var ch = java.nio.channels.FileChannel.open(atWork, java.nio.file.StandardOpenOption.WRITE); var lock = ch.lock()) {
            AtomicFile.write(f, "whole", false);
        }
        assertEquals("whole", Files.readString(f));
        assertTrue(Files.notExists(killed), "a temporary file whose lock nobody holds is a killed write's");
        assertTrue(Files.exists(atWork), "one whose lock is held is a write at work");
        assertTrue(Files.exists(others), "another name's temporaries are left to writes of that name");
    }

    @Test
    void aFileWhereAFolderShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("prefix"), "a file");
        WriteError e = assertThrows(WriteError.class, () -> AtomicFile.write(file.resolve("share/r.json"), "{}", false));
        assertEquals(WriteError.Reason.NOT_A_FOLDER, e.reason());
        assertTrue(e.getMessage().contains(file + " is a file, not a folder"), e.getMessage());
    }
}
