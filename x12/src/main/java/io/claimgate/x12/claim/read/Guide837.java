package io.claimgate.x12.claim.read;

/**
 * The two 837 implementation guides: professional (005010X222A1, CMS-1500) and institutional
 * (005010X223A2, UB-04). Their loop skeletons are the same; the provider loops inside 2300, 2320 and 2400
 * differ (e.g. 2310A is the referring provider in an 837P but the attending physician in an 837I).
 */
public enum Guide837 {
    /** 005010X222A1 (and the X222A2 errata level). */
    PROFESSIONAL("005010X222A1"),
    /** 005010X223A2 (and the X223A3 errata level). */
    INSTITUTIONAL("005010X223A2");

    private final String reference;

    Guide837(String reference) {
        this.reference = reference;
    }

    /** The version HIPAA adopted, as written in GS08 and ST03. */
    public String reference() {
        return reference;
    }

    /**
     * The guide named by an ST03 (or GS08) value: any errata level of X222 or X223; null when the value
     * names neither.
     */
    public static Guide837 fromReference(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith("005010X222")) {
            return PROFESSIONAL;
        }
        if (value.startsWith("005010X223")) {
            return INSTITUTIONAL;
        }
        return null;
    }
}
