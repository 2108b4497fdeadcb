package org.gtrace.stdlib.simulation;

/**
 * Per day and region accumulators an engine fills: active users, outputs, and IT energy (kWh,
 * before PUE). Flat arrays indexed {@code day * regions + region}.
 */
final class DailySeries {
    final int days;
    final int regions;
    final long[] active;
    final long[] outputs;
    final double[] itEnergy;

    DailySeries(int days, int regions) {
        this.days = days;
        this.regions = regions;
        active = new long[days * regions];
        outputs = new long[days * regions];
        itEnergy = new double[days * regions];
    }

    void add(int day, int region, long activeUsers, long outputCount, double itKWh) {
        int i = day * regions + region;
        active[i] += activeUsers;
        outputs[i] += outputCount;
        itEnergy[i] += itKWh;
    }

    void addAll(DailySeries o) {
        for (int i = 0; i < active.length; i++) {
            active[i] += o.active[i];
            outputs[i] += o.outputs[i];
            itEnergy[i] += o.itEnergy[i];
        }
    }
}
