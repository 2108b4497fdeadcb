package org.gtrace.stdlib.uncertainty;

import java.util.SplittableRandom;

/**
 * Independent random streams from a user's seed. {@code new SplittableRandom(s)} uses {@code s}
 * as its state with a fixed increment, so seeds that differ by a multiple of that increment give
 * the same stream shifted by a few steps (correlated runs or blocks). Every stream here goes
 * through two rounds of a 64-bit finaliser first, so nearby seeds and stream numbers land far
 * apart.
 */
public final class Seeds {
    private Seeds() {}

    /** The generator for stream {@code stream} (a block, a group, a purpose) under {@code seed}. */
    public static SplittableRandom random(long seed, long stream) {
        return new SplittableRandom(mix(seed ^ mix(stream + 0x632BE59BD9B4E019L)));
    }

    /** The generator of block {@code block} of the input whose key hashes to {@code key}, under {@code seed}. */
    public static SplittableRandom random(long seed, long key, long block) {
        return random(seed ^ mix(key), block);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
