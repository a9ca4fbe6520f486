package io.claimgate.x12.codes;

/**
 * Health Care Provider Taxonomy code (NUCC), sent in PRV03 with PRV02 = PXC: ten characters, nine
 * upper-case letters or digits then {@code X} ({@code 207Q00000X} family medicine, {@code 261QR1300X}
 * rural health clinic). A shape check; the NUCC list itself changes twice a year and is not shipped.
 */
public final class Taxonomy {
    private Taxonomy() {
    }

    public static boolean valid(String code) {
        if (code == null || code.length() != 10 || code.charAt(9) != 'X') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (!Chars.alnum(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
