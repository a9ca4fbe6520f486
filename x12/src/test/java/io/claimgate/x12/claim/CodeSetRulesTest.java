package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import static io.claimgate.x12.claim.ClaimFixtures.*;

/** SNIP 5: NPIs, ICD-10, CPT/HCPCS, place of service, NUBC codes, states and ZIPs, taxonomy, NDC, dates. */
class CodeSetRulesTest {
    /** Passes the 10-digit pattern of the schema, fails the Luhn check digit. */
    private static final String BAD_NPI = "1234567890";

    @Test
    void claimProviderNpiCheckDigit() {
        ObjectNode claim = professional();
        at(claim, "billing").put("npi", BAD_NPI);
        assertOnly(professional(claim), Code.INVALID_NPI, "billing.npi");
        claim = institutional();
        at(claim, "attending").put("npi", BAD_NPI);
        assertOnly(institutional(claim), Code.INVALID_NPI, "attending.npi");
    }

    @Test
    void legacyProvidersArrayPath() {
        ObjectNode claim = tree("professional-providers-array.json");
        ((ObjectNode) claim.get("providers").get(1)).put("npi", BAD_NPI);
        assertOnly(professional(claim), Code.INVALID_NPI, "providers[1].npi");
    }

    @Test
    void lineProviderAndFacilityNpiCheckDigit() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1].renderingProvider").put("npi", BAD_NPI);
        at(claim, "claimInformation.serviceFacilityLocation").put("npi", BAD_NPI);
        assertIssues(professional(claim), "INVALID_NPI claimInformation.serviceFacilityLocation.npi",
                "INVALID_NPI claimInformation.serviceLines[1].renderingProvider.npi");
    }

    @Test
    void diagnosisWithADotElsewhereGetsAHint() {
        for (String code : new String[] {"S134.XXA", "S1.34XXA", "S13.4.XXA", "S13.", "S13.4XA"}) {
            ObjectNode claim = professional();
            at(claim, "claimInformation.healthCareCodeInformation[0]").put("diagnosisCode", code);
            ValidatedClaim v = professional(claim);
            assertOnly(v, Code.DIAGNOSIS_CODE_WITH_DOT, "claimInformation.healthCareCodeInformation[0].diagnosisCode");
            org.junit.jupiter.api.Assertions.assertTrue(v.issues().get(0).message().contains("without the dot"));
        }
    }

    @Test
    void diagnosisShape() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.healthCareCodeInformation[1]").put("diagnosisCode", "4019");
        assertOnly(professional(claim), Code.INVALID_DIAGNOSIS_CODE,
                "claimInformation.healthCareCodeInformation[1].diagnosisCode");
    }

    @Test
    void institutionalDiagnosisPathsFollowTheNestedLists() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.otherDiagnosisInformationList[0][1]").put("otherDiagnosisCode", "E1.19");
        at(claim, "claimInformation.admittingDiagnosis").put("admittingDiagnosisCode", "R06");
        at(claim, "claimInformation.principalDiagnosis").put("principalDiagnosisCode", "189");
        assertIssues(institutional(claim),
                "INVALID_DIAGNOSIS_CODE claimInformation.principalDiagnosis.principalDiagnosisCode",
                "DIAGNOSIS_CODE_WITH_DOT claimInformation.otherDiagnosisInformationList[0][1].otherDiagnosisCode");
    }

    @Test
    void icd10PcsProcedure() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.principalProcedureInformation").put("principalProcedureCode", "5A1935");
        assertOnly(institutional(claim), Code.INVALID_PROCEDURE_CODE,
                "claimInformation.principalProcedureInformation.principalProcedureCode");
    }

    @Test
    void cptHcpcsAndModifiers() {
        ObjectNode claim = professional();
        String ps = "claimInformation.serviceLines[0].professionalService";
        at(claim, ps).put("procedureCode", "9921").set("procedureModifiers", array("2"));
        assertIssues(professional(claim), "INVALID_PROCEDURE_CODE " + ps + ".procedureCode",
                "INVALID_MODIFIER " + ps + ".procedureModifiers[0]");
        claim = institutional();
        at(claim, "claimInformation.serviceLines[1].institutionalService").put("procedureCode", "8005");
        assertOnly(institutional(claim), Code.INVALID_PROCEDURE_CODE,
                "claimInformation.serviceLines[1].institutionalService.procedureCode");
    }

    @Test
    void linePlaceOfService() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[0].professionalService").put("placeOfServiceCode", "98");
        assertOnly(professional(claim), Code.INVALID_PLACE_OF_SERVICE,
                "claimInformation.serviceLines[0].professionalService.placeOfServiceCode");
        at(claim, "claimInformation.serviceLines[0].professionalService").put("placeOfServiceCode", "22");
        assertIssues(professional(claim));
    }

    @Test
    void institutionalFacilityTypeAndFrequency() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation").put("placeOfServiceCode", "19").put("claimFrequencyCode", "Z");
        assertIssues(institutional(claim), "INVALID_FACILITY_TYPE claimInformation.placeOfServiceCode",
                "INVALID_CLAIM_FREQUENCY claimInformation.claimFrequencyCode");
    }

    @Test
    void revenueCode() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.serviceLines[0].institutionalService").put("serviceLineRevenueCode", "0012");
        assertOnly(institutional(claim), Code.INVALID_REVENUE_CODE,
                "claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode");
    }

    @Test
    void stateAndZip() {
        ObjectNode claim = professional();
        at(claim, "subscriber.address").put("state", "XX").put("postalCode", "9810");
        assertIssues(professional(claim), "INVALID_STATE subscriber.address.state",
                "INVALID_POSTAL_CODE subscriber.address.postalCode");
    }

    @Test
    void foreignAddressIsNotCheckedAgainstUsLists() {
        ObjectNode claim = professional();
        at(claim, "subscriber.address").put("state", "ON").put("postalCode", "K1A0B1").put("countryCode", "CA");
        assertIssues(professional(claim));
    }

    @Test
    void billingZipMustBeZipPlus4() {
        ObjectNode claim = professional();
        at(claim, "billing.address").put("postalCode", "98101");
        assertOnly(professional(claim), Code.BILLING_ZIP_NOT_ZIP4, "billing.address.postalCode");
        claim = professional();
        at(claim, "payToAddress").put("postalCode", "98101");
        assertIssues(professional(claim));
    }

    @Test
    void taxonomyShape() {
        ObjectNode claim = professional();
        at(claim, "rendering").put("taxonomyCode", "207Q00000Y");
        assertOnly(professional(claim), Code.INVALID_TAXONOMY, "rendering.taxonomyCode");
    }

    @Test
    void ndcShape() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1].drugIdentification").put("nationalDrugCode", "0040937850");
        assertOnly(professional(claim), Code.INVALID_NDC,
                "claimInformation.serviceLines[1].drugIdentification.nationalDrugCode");
    }

    @Test
    void datesMustBeReal() {
        ObjectNode claim = professional();
        at(claim, "subscriber").put("dateOfBirth", "19810229");
        at(claim, "claimInformation.claimDateInformation").put("accidentDate", "20230229");
        assertIssues(professional(claim), "INVALID_DATE subscriber.dateOfBirth",
                "INVALID_DATE claimInformation.claimDateInformation.accidentDate");
    }

    @Test
    void serviceStatementAndBirthDatesNotInTheFuture() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1]").put("serviceDate", "20240602");
        at(claim, "dependent").put("dateOfBirth", "20240602");
        assertIssues(professional(claim), "FUTURE_DATE dependent.dateOfBirth",
                "FUTURE_DATE claimInformation.serviceLines[1].serviceDate");
        claim = professional();
        at(claim, "claimInformation.serviceLines[1]").put("serviceDate", "20240601"); // today
        assertIssues(professional(claim));
        claim = institutional();
        at(claim, "claimInformation.claimDateInformation").put("statementEndDate", "20240701");
        assertOnly(institutional(claim), Code.FUTURE_DATE, "claimInformation.claimDateInformation.statementEndDate");
    }

    @Test
    void admissionDateAndHourMustBeReal() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.claimDateInformation").put("admissionDateAndHour", "202402301030");
        assertOnly(institutional(claim), Code.INVALID_DATE,
                "claimInformation.claimDateInformation.admissionDateAndHour");
    }
}
