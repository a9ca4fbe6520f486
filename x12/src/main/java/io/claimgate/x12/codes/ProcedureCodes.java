package io.claimgate.x12.codes;

/**
 * Shape checks of HCPCS procedure codes as sent in SV101-02 / SV202-02 (qualifier HC) and their
 * modifiers (SV101-03..06, SV202-03..06). They check the form, not that the code is in this year's
 * CPT or HCPCS release (CPT content is licensed by the AMA and is not shipped).
 */
public final class ProcedureCodes {
    private ProcedureCodes() {
    }

    /**
     * HCPCS Level I (CPT): five digits (Category I), or four digits and a letter: {@code F} for
     * Category II performance measures, {@code T} for Category III emerging technology, {@code U}
     * for Proprietary Laboratory Analyses.
     */
    public static boolean cpt(String code) {
        if (code == null || code.length() != 5 || !Chars.digits(code, 0, 4)) {
            return false;
        }
        char last = code.charAt(4);
        return Chars.digit(last) || last == 'F' || last == 'T' || last == 'U';
    }

    /** HCPCS Level II: a letter A to V followed by four digits ({@code J1100}, {@code G0008}). */
    public static boolean hcpcs(String code) {
        return code != null && code.length() == 5 && code.charAt(0) >= 'A' && code.charAt(0) <= 'V'
                && Chars.digits(code, 1, 5);
    }

    /** Either a CPT code or a HCPCS Level II code: what qualifier HC admits. */
    public static boolean cptOrHcpcs(String code) {
        return cpt(code) || hcpcs(code);
    }

    /** A procedure modifier: two upper-case letters or digits ({@code 25}, {@code LT}, {@code 59}, {@code XU}). */
    public static boolean modifier(String code) {
        return code != null && code.length() == 2 && Chars.alnum(code.charAt(0)) && Chars.alnum(code.charAt(1));
    }
}
