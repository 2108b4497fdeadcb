package org.gtrace.stdlib.telemetry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file's size and last change, to tell whether it is still the file that was read (a missing file: size -1). */
record FileStamp(long size, long modified) {

    static FileStamp of(Path file) {
        try {
            return new FileStamp(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        } catch (IOException e) {
            return new FileStamp(-1, -1);
        }
    }
}
