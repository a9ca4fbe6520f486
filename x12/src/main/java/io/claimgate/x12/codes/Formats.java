package io.claimgate.x12.codes;

import java.time.Clock;

/**
 * Format checks of external code sets and identifiers (WEDI SNIP level 5), by name, so that the
 * implementation-guide tables in {@code mappings/guides} can name them ({@code format npi}). The names
 * are documented in {@code mappings/codes/README.md}.
 *
 * <p>Each check is a hand-written test of the characters or a lookup in a {@link CodeSet}; none
 * compiles a pattern per call. A null value fails every check.
 */
public final class Formats {
    private static final Clock UTC = Clock.systemUTC();

    private Formats() {
    }

    /**
     * True when {@code value} passes the named format check; {@code date-not-future} compares with
     * today in UTC. Unknown names throw, so a typo in a guide table fails at load time rather than
     * passing everything.
     */
    public static boolean valid(String format, String value) {
        return valid(format, value, UTC);
    }

    /**
     * True when {@code value} passes the named format check, with "today" taken from {@code clock}
     * (for {@code date-not-future}).
     *
     * @throws IllegalArgumentException when {@code format} names no check
     */
    public static boolean valid(String format, String value, Clock clock) {
        return switch (format) {
            case "npi" -> Npi.valid(value);
            case "icd10cm" -> Icd10.cm(value);
            case "icd10pcs" -> Icd10.pcs(value);
            case "cpt" -> ProcedureCodes.cpt(value);
            case "hcpcs" -> ProcedureCodes.hcpcs(value);
            case "cpt-hcpcs" -> ProcedureCodes.cptOrHcpcs(value);
            case "modifier" -> ProcedureCodes.modifier(value);
            case "place-of-service" -> table("place-of-service", value);
            case "revenue-code" -> InstitutionalCodes.revenueCode(value);
            case "facility-type" -> InstitutionalCodes.facilityType(value);
            case "type-of-bill" -> InstitutionalCodes.typeOfBill(value);
            case "claim-frequency" -> InstitutionalCodes.claimFrequency(value);
            case "admission-type" -> InstitutionalCodes.admissionType(value);
            case "admission-source" -> InstitutionalCodes.admissionSource(value);
            case "patient-status" -> InstitutionalCodes.patientStatus(value);
            case "state" -> PostalCodes.state(value);
            case "zip" -> PostalCodes.zip(value);
            case "zip9" -> PostalCodes.zip9(value);
            case "date" -> CalendarDates.date(value);
            case "date-range" -> CalendarDates.dateOrRange(value);
            case "date-time" -> CalendarDates.dateTime(value);
            case "date-not-future" -> CalendarDates.notFuture(value, clock);
            case "ndc" -> Ndc.valid(value);
            case "taxonomy" -> Taxonomy.valid(value);
            case "claim-filing" -> table("claim-filing-indicator", value);
            case "relationship" -> table("individual-relationship", value);
            case "gender" -> table("gender", value);
            default -> throw new IllegalArgumentException("unknown format check: " + format);
        };
    }

    /** True when {@code format} names a known check. */
    public static boolean known(String format) {
        try {
            valid(format, "");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean table(String name, String value) {
        return CodeSet.named(name).contains(value);
    }
}
