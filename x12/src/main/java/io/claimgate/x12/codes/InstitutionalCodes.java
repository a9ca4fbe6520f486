package io.claimgate.x12.codes;

/**
 * NUBC (UB-04) codes an 837I carries: revenue codes (SV201), the facility type code and claim
 * frequency of CLM05 (together the type of bill), and the CL1 admission codes. Lists live in
 * {@code mappings/codes}; the revenue code is checked by its NUBC ranges.
 */
public final class InstitutionalCodes {
    private InstitutionalCodes() {
    }

    /**
     * A NUBC revenue code (SV201, UB-04 FL42): four digits in an assigned range: {@code 0001} total
     * charges, {@code 0022}-{@code 0024} the PPS rate codes (SNF, home health, IRF; billed with a HIPPS
     * code), the groups {@code 010X}-{@code 099X}, behavioral health accommodations {@code 100X},
     * alternative therapy {@code 210X} and adult care {@code 310X}. Reserved sub-codes inside an
     * assigned group are not told apart (the ranges approximate the NUBC manual).
     */
    public static boolean revenueCode(String code) {
        if (!Chars.digits(code, 4)) {
            return false;
        }
        int n = Chars.number(code, 0, 4);
        return n == 1
                || n >= 22 && n <= 24
                || n >= 100 && n <= 999
                || n >= 1000 && n <= 1009
                || n >= 2100 && n <= 2109
                || n >= 3100 && n <= 3109;
    }

    /**
     * The facility type code of CLM05-01 in the 837I (CLM05-02 = A): the first two digits of the
     * UB-04 type of bill without its leading zero, type of facility (1-8) then bill classification,
     * e.g. {@code 11} hospital inpatient, {@code 13} hospital outpatient, {@code 14} non-patient lab.
     * Listed in {@code facility-type.tsv}.
     */
    public static boolean facilityType(String code) {
        return code != null && code.length() == 2 && Tables.FACILITY_TYPE.contains(code);
    }

    /**
     * Claim frequency type code (CLM05-03, the UB-04 type of bill's last digit): 1 original, 7
     * replacement, 8 void, and for institutional claims 0 and 2-5 (interim bills, late charges) and
     * the hospice notices. Listed in {@code claim-frequency.tsv}.
     */
    public static boolean claimFrequency(String code) {
        return code != null && code.length() == 1 && Tables.CLAIM_FREQUENCY.contains(code);
    }

    /**
     * A full UB-04 type of bill (FL4): facility type code and frequency, 3 characters ({@code 111},
     * {@code 137}) or 4 with the leading zero the paper form prints ({@code 0111}).
     */
    public static boolean typeOfBill(String tob) {
        if (tob == null) {
            return false;
        }
        int from;
        if (tob.length() == 4 && tob.charAt(0) == '0') {
            from = 1;
        } else if (tob.length() == 3) {
            from = 0;
        } else {
            return false;
        }
        return facilityType(tob.substring(from, from + 2)) && claimFrequency(tob.substring(from + 2));
    }

    /** Admission type (CL101, UB-04 FL14), listed in {@code admission-type.tsv}. */
    public static boolean admissionType(String code) {
        return Tables.ADMISSION_TYPE.contains(code);
    }

    /** Point of origin for admission or visit (CL102, UB-04 FL15), listed in {@code admission-source.tsv}. */
    public static boolean admissionSource(String code) {
        return Tables.ADMISSION_SOURCE.contains(code);
    }

    /** Patient discharge status (CL103, UB-04 FL17), listed in {@code patient-status.tsv}. */
    public static boolean patientStatus(String code) {
        return Tables.PATIENT_STATUS.contains(code);
    }

    /** The tables, read on first use of any of them. */
    private static final class Tables {
        static final CodeSet FACILITY_TYPE = CodeSet.named("facility-type");
        static final CodeSet CLAIM_FREQUENCY = CodeSet.named("claim-frequency");
        static final CodeSet ADMISSION_TYPE = CodeSet.named("admission-type");
        static final CodeSet ADMISSION_SOURCE = CodeSet.named("admission-source");
        static final CodeSet PATIENT_STATUS = CodeSet.named("patient-status");
    }
}
