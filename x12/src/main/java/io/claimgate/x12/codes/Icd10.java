package io.claimgate.x12.codes;

/**
 * Shape checks of ICD-10 codes as the 837 carries them in HI (without the dot, upper case). These
 * check the code's form, not that the code exists in this year's code set.
 */
public final class Icd10 {
    private Icd10() {
    }

    /**
     * ICD-10-CM diagnosis (HI qualifiers ABK, ABF, ABJ, APR, ABN): 3 to 7 characters, a letter, a
     * digit, a letter or digit (C7A, M1A, Z3A), then up to four letters or digits. The placeholder
     * {@code X} stands in for missing characters before a 7th-character extension ({@code T814XXA}),
     * so an {@code X} in the 4th to 6th place is only accepted in a 7-character code.
     */
    public static boolean cm(String code) {
        if (code == null || code.length() < 3 || code.length() > 7) {
            return false;
        }
        if (!Chars.upper(code.charAt(0)) || !Chars.digit(code.charAt(1))) {
            return false;
        }
        for (int i = 2; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!Chars.alnum(c)) {
                return false;
            }
            if (c == 'X' && i >= 3 && i <= 5 && code.length() != 7) {
                return false;
            }
        }
        return true;
    }

    /**
     * ICD-10-PCS inpatient procedure (837I HI qualifiers BBR, BBQ): exactly 7 characters, each a
     * digit or an upper-case letter other than I and O (which PCS leaves out to avoid 1 and 0).
     */
    public static boolean pcs(String code) {
        if (code == null || code.length() != 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            char c = code.charAt(i);
            if (!Chars.alnum(c) || c == 'I' || c == 'O') {
                return false;
            }
        }
        return true;
    }
}
