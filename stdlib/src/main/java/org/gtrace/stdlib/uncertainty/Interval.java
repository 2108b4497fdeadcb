package org.gtrace.stdlib.uncertainty;

/**
 * The values a formula can take, by interval arithmetic on its operands' supports. It is
 * conservative (an input used twice is taken as two: {@code a - a} spans both ways), which is
 * what the domain checks need: they refuse only what might happen.
 */
record Interval(double low, double high) {

    static Interval of(Formula.Op op, Formula a, Formula b, double k) {
        double al = a.low(), ah = a.high();
        double bl = b == null ? 0 : b.low(), bh = b == null ? 0 : b.high();
        return switch (op) {
            case ADD -> new Interval(al + bl, ah + bh);
            case SUBTRACT -> new Interval(al - bh, ah - bl);
            case MULTIPLY -> product(al, ah, bl, bh);
            case DIVIDE -> {
                if (bl <= 0 && bh >= 0) throw DomainError.divisor(bl, bh);
                yield product(al, ah, 1 / bh, 1 / bl);
            }
            case NEGATE -> new Interval(-ah, -al);
            case POWER -> power(al, ah, k);
            case LOG -> {
                if (al <= 0) throw DomainError.logarithm(al, ah);
                yield new Interval(Math.log(al), Math.log(ah));
            }
            case EXP -> new Interval(Math.exp(al), Math.exp(ah));
            case MIN -> new Interval(Math.min(al, bl), Math.min(ah, bh));
            case MAX -> new Interval(Math.max(al, bl), Math.max(ah, bh));
        };
    }

    private static Interval product(double al, double ah, double bl, double bh) {
        double[] p = {times(al, bl), times(al, bh), times(ah, bl), times(ah, bh)};
        double lo = p[0], hi = p[0];
        for (double x : p) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return new Interval(lo, hi);
    }

    /** A product of bounds where 0 × ∞ is 0: the bound of a value that is exactly zero stays zero. */
    private static double times(double x, double y) {
        return x == 0 || y == 0 ? 0 : x * y;
    }

    private static Interval power(double lo, double hi, double k) {
        boolean whole = k == Math.rint(k);
        if (lo < 0 && !whole) throw DomainError.power(lo, hi, k);
        if (k < 0 && lo <= 0 && hi >= 0) throw DomainError.power(lo, hi, k);
        double a = Math.pow(lo, k), b = Math.pow(hi, k);
        if (lo < 0 && hi > 0 && whole && ((long) k) % 2 == 0) return new Interval(0, Math.max(a, b));
        return new Interval(Math.min(a, b), Math.max(a, b));
    }
}
