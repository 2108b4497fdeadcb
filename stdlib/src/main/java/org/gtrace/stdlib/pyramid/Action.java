package org.gtrace.stdlib.pyramid;

import org.gtrace.stdlib.units.Quantity;

/**
 * Something to do, the level it helps reach, and the CO2e it would save over the assessed
 * period (zero where the action enables measurement rather than saving directly).
 *
 * @param level   the level this action works towards
 * @param action  what to do, with its numbers
 * @param saving  CO2e saved over the period (kgCO2e, base units)
 * @param how     how the saving was computed
 */
public record Action(int level, String action, Quantity saving, String how) {}
