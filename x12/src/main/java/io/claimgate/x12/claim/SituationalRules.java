package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;
import io.claimgate.x12.codes.CalendarDates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.claimgate.x12.claim.RuleContext.blank;

/**
 * WEDI SNIP level 4, claim level: the implementation guides' situational rules between 2000B-2300 fields.
 * The service line rules are in {@link LineRules}.
 *
 * <ul>
 * <li>CLM05-3 frequency 7 (replacement) or 8 (void) needs REF*F8, the payer's claim control number of the
 *     original; frequency 1 (original) must not carry one.</li>
 * <li>HI: the principal diagnosis (ABK/BK) is present and first; an 837P carries at most 12 diagnoses.</li>
 * <li>2000C patient: PAT01 is not 18 (self; a self patient is the subscriber and has no 2000C), and the
 *     patient's name, birth date, gender and address are present. A subscriber who is the patient needs
 *     DMG birth date and gender.</li>
 * <li>837I DTP*434 statement period: begin not after end.</li>
 * <li>COB: each 2320 SBR01 payer responsibility sequence differs from the 2000B one and from each other.</li>
 * <li>837P CLM11 related cause AA (auto accident) needs CLM11-4 the state, unless the accident happened
 *     outside the US and Canada (CLM11-5 another country).</li>
 * <li>837I inpatient types of bill (facility type 11, 12, 18, 21, 41, 65, 66, 86) need DTP*435 admission date
 *     and CL101 admission type.</li>
 * </ul>
 */
final class SituationalRules {
    /** Facility types (type of bill digits 1-2) that bill inpatient stays, where DTP*435 and CL101 are required. */
    static final Set<String> INPATIENT_FACILITY_TYPES = Set.of("11", "12", "18", "21", "41", "65", "66", "86");
    private static final int MAX_PROFESSIONAL_DIAGNOSES = 12;

    private SituationalRules() {
    }

    static void check(RuleContext c) {
        patient(c);
        if (c.info == null) {
            return;
        }
        frequency(c);
        diagnoses(c);
        statementPeriod(c);
        payerSequence(c);
        if (c.professional()) {
            autoAccident(c);
        } else {
            inpatient(c);
        }
    }

    private static void frequency(RuleContext c) {
        String frequency = c.info.claimFrequencyCode();
        ClaimSupplementalInformation supplemental = c.info.claimSupplementalInformation();
        boolean hasControlNumber = supplemental != null && !blank(supplemental.claimControlNumber());
        String path = ClaimPaths.info("claimSupplementalInformation.claimControlNumber");
        if (("7".equals(frequency) || "8".equals(frequency)) && !hasControlNumber) {
            c.error(Code.CLAIM_CONTROL_NUMBER_REQUIRED, path,
                    "required for claimFrequencyCode 7 or 8: the payer's claim control number of the original claim");
        } else if ("1".equals(frequency) && hasControlNumber) {
            c.error(Code.CLAIM_CONTROL_NUMBER_NOT_ALLOWED, path,
                    "must not be sent on an original claim (claimFrequencyCode 1)");
        }
    }

    private static void diagnoses(RuleContext c) {
        List<Diagnosis> diagnoses = c.info.diagnoses();
        boolean principal = false;
        for (int i = 0; i < diagnoses.size(); i++) {
            if (diagnoses.get(i).isPrincipal()) {
                principal = true;
                if (i > 0) {
                    c.error(Code.PRINCIPAL_DIAGNOSIS_NOT_FIRST, c.paths.diagnosis(i).qualifier(),
                            "only the first diagnosis may be the principal diagnosis (ABK)");
                }
            }
        }
        if (!principal) {
            String path = c.professional()
                    ? ClaimPaths.info(diagnoses.isEmpty() ? "healthCareCodeInformation"
                            : "healthCareCodeInformation[0].diagnosisTypeCode")
                    : ClaimPaths.info("principalDiagnosis");
            c.error(Code.PRINCIPAL_DIAGNOSIS_MISSING, path, "a principal diagnosis (ABK) is required, as the first");
        }
        if (c.professional() && diagnoses.size() > MAX_PROFESSIONAL_DIAGNOSES) {
            c.error(Code.TOO_MANY, ClaimPaths.info("healthCareCodeInformation"),
                    "at most " + MAX_PROFESSIONAL_DIAGNOSES + " diagnoses on a professional claim");
        }
    }

    private static void patient(RuleContext c) {
        Dependent d = c.claim.dependent();
        if (d != null) {
            if ("18".equals(d.relationshipToSubscriberCode())) {
                c.error(Code.DEPENDENT_IS_SELF, "dependent.relationshipToSubscriberCode",
                        "must not be 18 (self): a patient who is the subscriber is sent without dependent");
            }
            required(c, "dependent.lastName", d.lastName());
            required(c, "dependent.dateOfBirth", d.dateOfBirth());
            required(c, "dependent.gender", d.gender());
            required(c, "dependent.relationshipToSubscriberCode", d.relationshipToSubscriberCode());
            if (d.address() == null) {
                c.error(Code.PATIENT_DEMOGRAPHICS_REQUIRED, "dependent.address", "required for the patient (2010CA N3/N4)");
            }
        } else if (c.claim.subscriber() != null) {
            required(c, "subscriber.dateOfBirth", c.claim.subscriber().dateOfBirth());
            required(c, "subscriber.gender", c.claim.subscriber().gender());
        }
    }

    private static void required(RuleContext c, String path, String value) {
        if (blank(value)) {
            c.error(Code.PATIENT_DEMOGRAPHICS_REQUIRED, path, "required for the patient");
        }
    }

    private static void statementPeriod(RuleContext c) {
        ClaimDates dates = c.info.claimDateInformation();
        if (dates == null) {
            return;
        }
        String begin = dates.statementBeginDate();
        String end = dates.statementEndDate();
        if (CalendarDates.date(begin) && CalendarDates.date(end) && begin.compareTo(end) > 0) {
            c.error(Code.DATE_RANGE_REVERSED, ClaimPaths.info("claimDateInformation.statementEndDate"),
                    "must not be before statementBeginDate");
        }
    }

    private static void payerSequence(RuleContext c) {
        List<OtherSubscriber> others = c.info.otherSubscribers();
        Set<String> seen = new HashSet<>();
        if (c.claim.subscriber() != null && !blank(c.claim.subscriber().paymentResponsibilityLevelCode())) {
            seen.add(c.claim.subscriber().paymentResponsibilityLevelCode());
        }
        for (int i = 0; i < others.size(); i++) {
            String sequence = others.get(i).paymentResponsibilityLevelCode();
            if (!blank(sequence) && !seen.add(sequence)) {
                c.error(Code.PAYER_SEQUENCE_NOT_DISTINCT, c.paths.otherSubscriber(i) + ".paymentResponsibilityLevelCode",
                        "must differ from subscriber.paymentResponsibilityLevelCode and from the other payers'");
            }
        }
    }

    private static void autoAccident(RuleContext c) {
        String country = c.info.autoAccidentCountryCode();
        boolean northAmerica = blank(country) || "US".equals(country) || "CA".equals(country);
        if (c.info.relatedCausesCode().contains("AA") && blank(c.info.autoAccidentStateCode()) && northAmerica) {
            c.error(Code.AUTO_ACCIDENT_STATE_REQUIRED, ClaimPaths.info("autoAccidentStateCode"),
                    "required when relatedCausesCode has AA (auto accident)");
        }
    }

    private static void inpatient(RuleContext c) {
        String facilityType = c.info.placeOfServiceCode();
        // Set.of(...).contains(null) throws; a claim without CLM05-1 (reported by the schema check) is no inpatient bill.
        if (facilityType == null || !INPATIENT_FACILITY_TYPES.contains(facilityType)) {
            return;
        }
        ClaimDates dates = c.info.claimDateInformation();
        if (dates == null || blank(dates.admissionDateAndHour()) && blank(dates.admissionDate())) {
            c.error(Code.ADMISSION_DATE_REQUIRED, ClaimPaths.info("claimDateInformation.admissionDateAndHour"),
                    "required for an inpatient type of bill");
        }
        InstitutionalCodes codes = c.info.institutionalCodes();
        if (codes == null || blank(codes.admissionTypeCode())) {
            c.error(Code.ADMISSION_TYPE_REQUIRED, ClaimPaths.info("claimCodeInformation.admissionTypeCode"),
                    "required for an inpatient type of bill");
        }
    }
}
