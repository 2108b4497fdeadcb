package org.gtrace.stdlib.data;

/**
 * Attribution of one bundled data file, from the {@code datasets.csv} sidecar.
 *
 * @param file        file name under {@link DataResources#FOLDER}
 * @param title       what it holds
 * @param origin      where it was taken from (URL at a commit)
 * @param commit      upstream commit, or "" when compiled from many sources
 * @param copied      date it was copied into this project
 * @param licence     its licence
 * @param attribution the attribution its licence asks for
 * @param sha256      checksum of the bundled bytes
 */
public record DatasetInfo(String file, String title, String origin, String commit, String copied, String licence,
                          String attribution, String sha256) {

    /** Short version tag shown in outputs: file@commit (or file#first 8 hex of the checksum). */
    public String version() {
        return file + (commit.isEmpty() ? "#" + sha256.substring(0, 8) : "@" + commit);
    }
}
