package io.claimgate.x12.codes;

/**
 * National Drug Code as the 837 sends it in LIN03 with LIN02 = N4: the 11-digit 5-4-2 form (labeler,
 * product, package) without hyphens. Package labels print 10-digit forms (4-4-2, 5-3-2, 5-4-1) with
 * hyphens; {@link #toElevenDigits} pads the short segment with a leading zero.
 */
public final class Ndc {
    private Ndc() {
    }

    /** Eleven digits, the 5-4-2 form without hyphens. */
    public static boolean valid(String ndc) {
        return Chars.digits(ndc, 11);
    }

    /**
     * The 11-digit form of an NDC written with hyphens in any of the label forms (4-4-2, 5-3-2, 5-4-1,
     * 5-4-2), or of an 11-digit value already without hyphens; null when it is neither.
     */
    public static String toElevenDigits(String ndc) {
        if (ndc == null) {
            return null;
        }
        if (valid(ndc)) {
            return ndc;
        }
        int first = ndc.indexOf('-');
        int second = first < 0 ? -1 : ndc.indexOf('-', first + 1);
        if (second < 0 || ndc.indexOf('-', second + 1) >= 0) {
            return null;
        }
        String labeler = ndc.substring(0, first);
        String product = ndc.substring(first + 1, second);
        String pack = ndc.substring(second + 1);
        int a = labeler.length();
        int b = product.length();
        int c = pack.length();
        boolean known = a == 4 && b == 4 && c == 2 || a == 5 && b == 3 && c == 2 || a == 5 && b == 4 && c == 1
                || a == 5 && b == 4 && c == 2;
        if (!known || !Chars.digits(labeler, 0, a) || !Chars.digits(product, 0, b) || !Chars.digits(pack, 0, c)) {
            return null;
        }
        return "0".repeat(5 - a) + labeler + "0".repeat(4 - b) + product + "0".repeat(2 - c) + pack;
    }
}
