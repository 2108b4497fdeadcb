package org.gtrace.grammar.parse;

/** Reads number and string literals as written in the language. */
final class Literals {

    private Literals() {}

    /** 700M → 7e8, 1.2B → 1.2e9, 1_082_990 → 1082990; NaN when the text cannot be a finite double. */
    static double number(String text) {
        String t = text.replace("_", "");
        int scale = 0;
        char last = t.charAt(t.length() - 1);
        switch (last) {
            case 'K' -> scale = 3;
            case 'M' -> scale = 6;
            case 'B' -> scale = 9;
            case 'T' -> scale = 12;
            default -> { }
        }
        if (scale > 0) t = t.substring(0, t.length() - 1);
        // The scale goes into the exponent and Double.parseDouble rounds correctly in linear time;
        // BigDecimal took a minute on a 1,000,000-digit literal (found by the kernel's hostile cells).
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        String mantissa = e < 0 ? t : t.substring(0, e);
        long exponent = scale;
        try {
            if (e >= 0) exponent += Long.parseLong(t.substring(e + 1).replace("+", ""));
        } catch (NumberFormatException tooLong) {
            exponent = t.charAt(e + 1) == '-' ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        }
        try {
            double v = Double.parseDouble(mantissa + "e" + exponent);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /** The text between the quotes with \" \\ \n \t resolved. */
    static String string(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder b = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Long literal text shortened for a message: a 400,000-digit number is not echoed whole. */
    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 20) + "…(" + text.length() + " characters)";
    }
}
