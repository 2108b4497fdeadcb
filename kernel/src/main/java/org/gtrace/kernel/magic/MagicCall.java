package org.gtrace.kernel.magic;

/**
 * One use of a magic.
 *
 * @param name          the magic's name without % signs
 * @param cell          true for the {@code %%} form
 * @param args          the rest of the magic's line
 * @param body          the cell's other lines ({@code %%} form), or ""
 * @param bodyFirstLine the cell line number where {@code body} starts
 * @param origin        the name diagnostics use for the cell
 */
public record MagicCall(String name, boolean cell, String args, String body, int bodyFirstLine, String origin) {}
