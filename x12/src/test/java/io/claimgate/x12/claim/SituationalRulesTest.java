package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.claimgate.x12.claim.ClaimFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SNIP 4 at claim level: frequency, diagnoses, patient, statement period, COB sequence, accident, inpatient. */
class SituationalRulesTest {
    private static final String CCN = "claimInformation.claimSupplementalInformation.claimControlNumber";

    @Test
    void replacementNeedsPayerClaimControlNumber() {
        ObjectNode claim = professional();
        at(claim, "claimInformation").put("claimFrequencyCode", "7");
        assertOnly(professional(claim), Code.CLAIM_CONTROL_NUMBER_REQUIRED, CCN);
        at(claim, "claimInformation.claimSupplementalInformation").put("claimControlNumber", "PAYERICN0001");
        assertIssues(professional(claim));
    }

    @Test
    void institutionalVoidNeedsPayerClaimControlNumber() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation").put("claimFrequencyCode", "8");
        assertOnly(institutional(claim), Code.CLAIM_CONTROL_NUMBER_REQUIRED, CCN);
    }

    @Test
    void originalMustNotCarryPayerClaimControlNumber() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.claimSupplementalInformation").put("claimControlNumber", "PAYERICN0001");
        assertOnly(professional(claim), Code.CLAIM_CONTROL_NUMBER_NOT_ALLOWED, CCN);
    }

    @Test
    void principalDiagnosisRequired() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.healthCareCodeInformation[0]").put("diagnosisTypeCode", "ABF");
        assertOnly(professional(claim), Code.PRINCIPAL_DIAGNOSIS_MISSING,
                "claimInformation.healthCareCodeInformation[0].diagnosisTypeCode");
    }

    @Test
    void principalDiagnosisMustBeFirst() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.healthCareCodeInformation[0]").put("diagnosisTypeCode", "ABF");
        at(claim, "claimInformation.healthCareCodeInformation[1]").put("diagnosisTypeCode", "ABK");
        assertOnly(professional(claim), Code.PRINCIPAL_DIAGNOSIS_NOT_FIRST,
                "claimInformation.healthCareCodeInformation[1].diagnosisTypeCode");
    }

    @Test
    void atMostTwelveProfessionalDiagnoses() {
        ObjectNode claim = professional();
        ArrayNode dx = (ArrayNode) at(claim, "claimInformation").get("healthCareCodeInformation");
        while (dx.size() < 13) {
            dx.addObject().put("diagnosisTypeCode", "ABF").put("diagnosisCode", "I10");
        }
        // The schema's maxItems reports it; the rule's own report on the same field is not repeated.
        assertOnly(professional(claim), Code.TOO_MANY, "claimInformation.healthCareCodeInformation");
        Claim bound = ClaimJson.read(ClaimKind.PROFESSIONAL, claim).claim();
        assertEquals(List.of("TOO_MANY claimInformation.healthCareCodeInformation"), rules(bound));
    }

    @Test
    void dependentMustNotBeSelf() {
        Claim claim = bound(ClaimKind.PROFESSIONAL, professional());
        Claim self = with(claim, "dependent", with(claim.dependent(), "relationshipToSubscriberCode", "18"));
        assertEquals(List.of("DEPENDENT_IS_SELF dependent.relationshipToSubscriberCode"), rules(self));
        // From JSON the schema's code list rejects 18 first, and that is the one issue.
        ObjectNode json = professional();
        at(json, "dependent").put("relationshipToSubscriberCode", "18");
        assertOnly(professional(json), Code.INVALID_CODE, "dependent.relationshipToSubscriberCode");
    }

    @Test
    void dependentNeedsAddressAndDemographics() {
        ObjectNode claim = professional();
        at(claim, "dependent").remove("address");
        assertOnly(professional(claim), Code.PATIENT_DEMOGRAPHICS_REQUIRED, "dependent.address");
        Claim bound = bound(ClaimKind.PROFESSIONAL, professional());
        Claim noGender = with(bound, "dependent", with(bound.dependent(), "gender", null));
        assertEquals(List.of("PATIENT_DEMOGRAPHICS_REQUIRED dependent.gender"), rules(noGender));
    }

    @Test
    void subscriberWhoIsPatientNeedsBirthDateAndGender() {
        ObjectNode claim = professional();
        claim.remove("dependent");
        assertIssues(professional(claim));
        at(claim, "subscriber").remove("dateOfBirth");
        at(claim, "subscriber").remove("gender");
        assertIssues(professional(claim), "PATIENT_DEMOGRAPHICS_REQUIRED subscriber.dateOfBirth",
                "PATIENT_DEMOGRAPHICS_REQUIRED subscriber.gender");
    }

    @Test
    void subscriberWhoIsNotPatientNeedsNoDemographics() {
        ObjectNode claim = professional();
        at(claim, "subscriber").remove("dateOfBirth");
        at(claim, "subscriber").remove("gender");
        assertIssues(professional(claim));
    }

    @Test
    void statementPeriodMustNotBeReversed() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.claimDateInformation").put("statementBeginDate", "20240302")
                .put("statementEndDate", "20240301");
        assertIssues(institutional(claim),
                "DATE_RANGE_REVERSED claimInformation.claimDateInformation.statementEndDate",
                "SERVICE_DATE_OUTSIDE_STATEMENT claimInformation.serviceLines[0].serviceDate",
                "SERVICE_DATE_OUTSIDE_STATEMENT claimInformation.serviceLines[0].serviceDateEnd",
                "SERVICE_DATE_OUTSIDE_STATEMENT claimInformation.serviceLines[1].serviceDate");
    }

    @Test
    void secondaryPayerSequenceMustDifferFromPrimary() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.otherSubscriberInformation[0]").put("paymentResponsibilityLevelCode", "P");
        assertOnly(professional(claim), Code.PAYER_SEQUENCE_NOT_DISTINCT,
                "claimInformation.otherSubscriberInformation[0].paymentResponsibilityLevelCode");
    }

    @Test
    void institutionalSingleObjectCobPathHasNoIndex() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.otherSubscriberInformation").put("paymentResponsibilityLevelCode", "P");
        assertOnly(institutional(claim), Code.PAYER_SEQUENCE_NOT_DISTINCT,
                "claimInformation.otherSubscriberInformation.paymentResponsibilityLevelCode");
        // Built in code there is no JSON to follow: the canonical array spelling.
        assertEquals(List.of("PAYER_SEQUENCE_NOT_DISTINCT "
                + "claimInformation.otherSubscriberInformation[0].paymentResponsibilityLevelCode"),
                rules(ClaimJson.read(ClaimKind.INSTITUTIONAL, claim).claim()));
    }

    @Test
    void autoAccidentNeedsState() {
        ObjectNode claim = professional();
        at(claim, "claimInformation").remove("autoAccidentStateCode");
        assertOnly(professional(claim), Code.AUTO_ACCIDENT_STATE_REQUIRED, "claimInformation.autoAccidentStateCode");
        at(claim, "claimInformation").put("autoAccidentCountryCode", "MX");
        assertIssues(professional(claim));
    }

    @Test
    void inpatientNeedsAdmissionDate() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.claimDateInformation").remove("admissionDateAndHour");
        assertOnly(institutional(claim), Code.ADMISSION_DATE_REQUIRED,
                "claimInformation.claimDateInformation.admissionDateAndHour");
        at(claim, "claimInformation").put("placeOfServiceCode", "13"); // hospital outpatient
        assertIssues(institutional(claim));
    }

    @Test
    void institutionalWithoutFacilityTypeIsReportedNotThrown() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation").remove("placeOfServiceCode");
        assertOnly(institutional(claim), Code.MISSING_REQUIRED, "claimInformation.placeOfServiceCode");
    }

    @Test
    void inpatientNeedsAdmissionType() {
        Claim claim = bound(ClaimKind.INSTITUTIONAL, institutional());
        ClaimInformation info = claim.claimInformation();
        info = with(info, "institutionalCodes", with(info.institutionalCodes(), "admissionTypeCode", null));
        assertEquals(List.of("ADMISSION_TYPE_REQUIRED claimInformation.claimCodeInformation.admissionTypeCode"),
                rules(with(claim, "claimInformation", info)));
    }
}
