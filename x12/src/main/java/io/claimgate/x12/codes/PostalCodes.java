package io.claimgate.x12.codes;

/** US postal address parts of the N4 segment: state (N402) and ZIP code (N403). */
public final class PostalCodes {
    private PostalCodes() {
    }

    /**
     * A USPS two-letter state, district, territory or military "state" code (N402), listed in
     * {@code us-states.tsv}.
     */
    public static boolean state(String code) {
        return code != null && code.length() == 2 && States.US.contains(code);
    }

    /** A US ZIP code: five digits or ZIP+4 written as nine digits without the hyphen (N403). */
    public static boolean zip(String code) {
        return code != null && (code.length() == 5 || code.length() == 9) && Chars.digits(code, 0, code.length());
    }

    /**
     * A nine-digit ZIP+4 without the hyphen: the 837 requires it for the billing provider (2010AA N403)
     * and the service facility (2310C / 2310E N403).
     */
    public static boolean zip9(String code) {
        return Chars.digits(code, 9);
    }

    private static final class States {
        static final CodeSet US = CodeSet.named("us-states");
    }
}
