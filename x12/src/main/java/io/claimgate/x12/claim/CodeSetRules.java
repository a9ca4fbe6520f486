package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;
import io.claimgate.x12.codes.Formats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * WEDI SNIP level 5 for the codes and dates of a claim, through the checks of {@code io.claimgate.x12.codes}:
 *
 * <ul>
 * <li>HI diagnoses with ICD-10 qualifiers (ABK, ABF, ABJ, APR, ABN): ICD-10-CM shape, sent without the dot;
 *     837I procedures BBR/BBQ: ICD-10-PCS shape.</li>
 * <li>SV101-2 / SV202-2 with qualifier HC: CPT or HCPCS shape; modifiers 2 letters/digits.</li>
 * <li>837P CLM05-1 and SV105 place of service in the CMS list; 837I CLM05-1 facility type and CLM05-3
 *     frequency in the NUBC lists; SV201 revenue codes in the NUBC ranges.</li>
 * <li>LIN03 NDC (N4) 11 digits.</li>
 * <li>Dates real on the calendar; service, statement, admission, procedure, adjudication and birth dates not
 *     after today (the {@code Clock} of the validation).</li>
 * </ul>
 */
final class CodeSetRules {
    private static final Set<String> ICD10_DIAGNOSIS = Set.of("ABK", "ABF", "ABJ", "APR", "ABN");
    private static final Set<String> ICD9_DIAGNOSIS = Set.of("BK", "BF", "BJ", "PR", "BN");
    private static final Set<String> ICD10_PROCEDURE = Set.of("BBR", "BBQ");
    /** ClaimDates fields that are not a D8 date, or are checked with their own rule. */
    private static final Set<String> NOT_D8 = Set.of("admissionDateAndHour", "dischargeHour", "statementBeginDate",
            "statementEndDate");
    /** The other ClaimDates D8 fields, checked to be real dates (read once: record reflection is slow). */
    private static final List<RecordComponent> OTHER_DATES = Arrays.stream(ClaimDates.class.getRecordComponents())
            .filter(rc -> rc.getType() == String.class && !NOT_D8.contains(rc.getName())
                    && !rc.getName().equals("admissionDate"))
            .toList();

    private CodeSetRules() {
    }

    static void check(RuleContext c) {
        patientDates(c);
        if (c.info == null) {
            return;
        }
        diagnoses(c);
        procedures(c);
        claimCodes(c);
        claimDates(c);
        List<ServiceLine> lines = c.info.serviceLines();
        for (int i = 0; i < lines.size(); i++) {
            line(c, i, lines.get(i));
        }
        List<OtherSubscriber> others = c.info.otherSubscribers();
        for (int i = 0; i < others.size(); i++) {
            OtherPayer payer = others.get(i).otherPayerName();
            if (payer != null) {
                int other = i;
                date(c, () -> c.paths.otherSubscriber(other) + ".otherPayerName.otherPayerAdjudicationOrPaymentDate",
                        payer.adjudicationOrPaymentDate(), true);
            }
        }
    }

    private static void diagnoses(RuleContext c) {
        List<Diagnosis> diagnoses = c.info.diagnoses();
        for (int i = 0; i < diagnoses.size(); i++) {
            Diagnosis d = diagnoses.get(i);
            if (d.code() == null) {
                continue;
            }
            if (!ICD10_DIAGNOSIS.contains(d.qualifier())) {
                // ICD-9-CM: a dot where the code set puts it was removed when the claim was read; not this one
                if (ICD9_DIAGNOSIS.contains(d.qualifier()) && d.code().indexOf('.') >= 0) {
                    c.error(Code.DIAGNOSIS_CODE_WITH_DOT, c.paths.diagnosis(i).code(),
                            "send ICD-9-CM codes without the dot (only one after the 3rd character, the 4th of E "
                                    + "codes, of an otherwise valid code is removed for you)");
                }
                continue;
            }
            if (d.code().indexOf('.') >= 0) {
                // a dot after the 3rd character of a valid code was removed when the claim was read; not this one
                c.error(Code.DIAGNOSIS_CODE_WITH_DOT, c.paths.diagnosis(i).code(),
                        "send ICD-10-CM codes without the dot (only one after the 3rd character of an otherwise valid "
                                + "code is removed for you)");
            } else if (!Formats.valid("icd10cm", d.code())) {
                c.error(Code.INVALID_DIAGNOSIS_CODE, c.paths.diagnosis(i).code(),
                        "not an ICD-10-CM code (a letter, a digit, then 1 to 5 letters or digits)");
            }
        }
    }

    private static void procedures(RuleContext c) {
        List<Procedure> procedures = c.info.procedures();
        for (int i = 0; i < procedures.size(); i++) {
            Procedure p = procedures.get(i);
            int at = i;
            if (p.code() != null && ICD10_PROCEDURE.contains(p.qualifier()) && !Formats.valid("icd10pcs", p.code())) {
                c.error(Code.INVALID_PROCEDURE_CODE, c.paths.procedure(at).code(), "not an ICD-10-PCS code (7 letters or digits)");
            }
            date(c, () -> {
                ClaimPaths.Slot slot = c.paths.procedure(at);
                return slot.object() + "." + slot.codeField().replace("Code", "Date");
            }, p.date(), true);
        }
    }

    private static void claimCodes(RuleContext c) {
        String place = c.info.placeOfServiceCode();
        if (place != null) {
            if (c.professional() && !Formats.valid("place-of-service", place)) {
                c.error(Code.INVALID_PLACE_OF_SERVICE, ClaimPaths.info("placeOfServiceCode"),
                        "not a CMS place of service code");
            } else if (!c.professional() && !Formats.valid("facility-type", place)) {
                c.error(Code.INVALID_FACILITY_TYPE, ClaimPaths.info("placeOfServiceCode"),
                        "not a NUBC facility type code (type of bill digits 1-2)");
            }
        }
        String frequency = c.info.claimFrequencyCode();
        if (!c.professional() && frequency != null && !Formats.valid("claim-frequency", frequency)) {
            c.error(Code.INVALID_CLAIM_FREQUENCY, ClaimPaths.info("claimFrequencyCode"),
                    "not a NUBC claim frequency code (type of bill digit 3)");
        }
    }

    private static void line(RuleContext c, int i, ServiceLine line) {
        ProfessionalService prof = line.professionalService();
        if (prof != null) {
            procedure(c, i, ".professionalService", prof.procedureIdentifier(), prof.procedureCode(),
                    prof.procedureModifiers());
            if (prof.placeOfServiceCode() != null && !Formats.valid("place-of-service", prof.placeOfServiceCode())) {
                c.error(Code.INVALID_PLACE_OF_SERVICE, ClaimPaths.line(i) + ".professionalService.placeOfServiceCode",
                        "not a CMS place of service code");
            }
        }
        InstitutionalService inst = line.institutionalService();
        if (inst != null) {
            procedure(c, i, ".institutionalService", inst.procedureIdentifier(), inst.procedureCode(),
                    inst.procedureModifiers());
            String revenue = inst.serviceLineRevenueCode();
            if (revenue != null && !Formats.valid("revenue-code", revenue)) {
                c.error(Code.INVALID_REVENUE_CODE, ClaimPaths.line(i) + ".institutionalService.serviceLineRevenueCode",
                        "not a NUBC revenue code (4 digits)");
            }
        }
        Drug drug = line.drugIdentification();
        if (drug != null && "N4".equals(drug.serviceIdQualifier()) && drug.nationalDrugCode() != null
                && !Formats.valid("ndc", drug.nationalDrugCode())) {
            c.error(Code.INVALID_NDC, ClaimPaths.line(i) + ".drugIdentification.nationalDrugCode",
                    "not an NDC: 11 digits in 5-4-2 form without hyphens");
        }
        date(c, () -> ClaimPaths.line(i) + ".serviceDate", line.serviceDate(), true);
        date(c, () -> ClaimPaths.line(i) + ".serviceDateEnd", line.serviceDateEnd(), true);
        for (int j = 0; j < line.lineAdjudications().size(); j++) {
            int at = j;
            date(c, () -> c.paths.lineAdjudication(i, at) + ".adjudicationOrPaymentDate",
                    line.lineAdjudications().get(j).adjudicationOrPaymentDate(), true);
        }
    }

    /** SV101 / SV202 of line {@code i}; {@code service} is {@code .professionalService} or {@code .institutionalService}. */
    private static void procedure(RuleContext c, int i, String service, String qualifier, String code,
                                  List<String> modifiers) {
        if ("HC".equals(qualifier) && code != null && !Formats.valid("cpt-hcpcs", code)) {
            c.error(Code.INVALID_PROCEDURE_CODE, ClaimPaths.line(i) + service + ".procedureCode",
                    "not a CPT or HCPCS code (5 digits, 4 digits and F/T/U, or a letter and 4 digits)");
        }
        for (int k = 0; k < modifiers.size(); k++) {
            if (!Formats.valid("modifier", modifiers.get(k))) {
                c.error(Code.INVALID_MODIFIER, ClaimPaths.line(i) + service + ".procedureModifiers[" + k + "]",
                        "not a procedure modifier (2 upper-case letters or digits)");
            }
        }
    }

    private static void patientDates(RuleContext c) {
        if (c.claim.subscriber() != null) {
            date(c, () -> "subscriber.dateOfBirth", c.claim.subscriber().dateOfBirth(), true);
        }
        if (c.claim.dependent() != null) {
            date(c, () -> "dependent.dateOfBirth", c.claim.dependent().dateOfBirth(), true);
        }
    }

    private static void claimDates(RuleContext c) {
        date(c, () -> ClaimPaths.info("deathDate"), c.info.deathDate(), true);
        ClaimDates dates = c.info.claimDateInformation();
        if (dates == null) {
            return;
        }
        String base = ClaimPaths.info("claimDateInformation.");
        date(c, () -> base + "statementBeginDate", dates.statementBeginDate(), true);
        date(c, () -> base + "statementEndDate", dates.statementEndDate(), true);
        String admission = dates.admissionDateAndHour();
        if (admission != null && admission.length() == 12) {
            if (!Formats.valid("date-time", admission)) {
                c.error(Code.INVALID_DATE, base + "admissionDateAndHour", "not a real date and time CCYYMMDDHHMM");
            } else {
                date(c, () -> base + "admissionDateAndHour", admission.substring(0, 8), true);
            }
        } else {
            date(c, () -> base + "admissionDateAndHour", admission, true);
        }
        date(c, () -> base + "admissionDate", dates.admissionDate(), true);
        // The other 2300 dates (onset, accident, disability, return to work, ...) must be real; some may
        // lie ahead (an authorized return to work), so they are not compared with today.
        for (RecordComponent rc : OTHER_DATES) {
            date(c, () -> base + rc.getName(), value(rc, dates), false);
        }
    }

    private static String value(RecordComponent rc, ClaimDates dates) {
        try {
            return (String) rc.getAccessor().invoke(dates);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("ClaimDates accessor " + rc.getName(), e);
        }
    }

    /** A D8 date: real on the calendar, and with {@code notFuture} not after today. Null passes (not sent). */
    private static void date(RuleContext c, Supplier<String> path, String value, boolean notFuture) {
        if (value == null) {
            return;
        }
        if (!Formats.valid("date", value)) {
            c.error(Code.INVALID_DATE, path.get(), "not a real calendar date CCYYMMDD");
        } else if (notFuture && Integer.parseInt(value) > c.today()) {
            // a real D8 date is 8 digits: as a number CCYYMMDD it compares with today as date-not-future does
            c.error(Code.FUTURE_DATE, path.get(), "must not be after today");
        }
    }
}
