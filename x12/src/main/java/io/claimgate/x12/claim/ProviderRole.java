package io.claimgate.x12.claim;

/**
 * The part a provider plays on a claim, with the NM101 entity identifier it renders as and the JSON
 * names it arrives under (a named object such as {@code rendering}, or an entry of the legacy
 * {@code providers[]} array with {@code providerType} such as {@code RenderingProvider}).
 */
public enum ProviderRole {
    /** 2010AA, NM1*85. */
    BILLING("85", "billing", "BillingProvider"),
    /** 837P 2310B / 2420A, 837I 2310D / 2420C: NM1*82. */
    RENDERING("82", "rendering", "RenderingProvider"),
    /** 837P 2310A / 2420F, 837I 2310F / 2420D: NM1*DN. */
    REFERRING("DN", "referring", "ReferringProvider"),
    /** 837P 2310D / 2420D: NM1*DQ. */
    SUPERVISING("DQ", "supervising", "SupervisingProvider"),
    /** 837P 2420E: NM1*DK (line level only in 5010; claim-level JSON {@code ordering} is carried). */
    ORDERING("DK", "ordering", "OrderingProvider"),
    /** 837I 2310A: NM1*71. */
    ATTENDING("71", "attending", "AttendingProvider"),
    /** 837I 2310B / 2420A: NM1*72. */
    OPERATING("72", "operatingPhysician", "OperatingPhysician"),
    /** 837I 2310C / 2420B: NM1*ZZ. */
    OTHER_OPERATING("ZZ", "otherOperatingPhysician", "OtherOperatingPhysician");

    private final String entityCode;
    private final String jsonName;
    private final String providerType;

    ProviderRole(String entityCode, String jsonName, String providerType) {
        this.entityCode = entityCode;
        this.jsonName = jsonName;
        this.providerType = providerType;
    }

    /** NM101 entity identifier code. */
    public String entityCode() {
        return entityCode;
    }

    /** The claim-level JSON object name ({@code billing}, {@code rendering}, ...). */
    public String jsonName() {
        return jsonName;
    }

    /** The legacy {@code providers[].providerType} value. */
    public String providerType() {
        return providerType;
    }

    /** The role for a legacy {@code providerType} value, or null when unknown. */
    public static ProviderRole ofProviderType(String providerType) {
        for (ProviderRole r : values()) {
            if (r.providerType.equals(providerType)) {
                return r;
            }
        }
        return null;
    }
}
