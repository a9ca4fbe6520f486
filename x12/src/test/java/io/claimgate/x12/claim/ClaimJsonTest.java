package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimJsonTest {
    static String resource(String name) throws IOException {
        try (InputStream in = ClaimJsonTest.class.getResourceAsStream("/claims/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static boolean has(ClaimRead r, Code code, String path) {
        return r.issues().stream().anyMatch(i -> i.code() == code && i.path().equals(path));
    }

    @Test
    void bindsFullProfessionalExample() throws IOException {
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, resource("professional-full.json"));
        assertEquals(List.of(), r.issues());
        assertTrue(r.ok());
        Claim c = r.claim();
        assertEquals(ClaimKind.PROFESSIONAL, c.kind());
        assertEquals("60054", c.tradingPartnerServiceId());
        assertEquals("CH", c.claimIdentifier());
        assertEquals("SUBMITTER01", c.submitter().submitterIdentification());
        assertEquals("W000000001", c.subscriber().memberId());
        assertEquals("19", c.dependent().relationshipToSubscriberCode());
        assertEquals("1234567893", c.billing().npi());
        assertTrue(c.billing().isOrganization());
        assertEquals("SMITH", c.provider(ProviderRole.RENDERING).orElseThrow().lastName());
        assertEquals("1678901236", c.provider(ProviderRole.REFERRING).orElseThrow().npi());
        assertEquals("PO BOX 100", c.payToAddress().address1());
        assertEquals("EL PASO", c.payerAddress().city());

        ClaimInformation ci = c.claimInformation();
        assertEquals(new BigDecimal("210.00"), ci.claimChargeAmount());
        assertEquals(0, ci.claimChargeAmount().compareTo(ci.serviceLineChargeTotal()));
        assertEquals(Boolean.TRUE, ci.patientSignatureSourceCode());
        assertEquals(List.of("AA"), ci.relatedCausesCode());
        assertEquals("20240101", ci.claimDateInformation().accidentDate());
        assertEquals("PA123456", ci.claimSupplementalInformation().priorAuthorizationNumber());
        assertEquals(List.of(new Note("ADD", "PATIENT SEEN FOLLOWING AUTO ACCIDENT")), ci.notes());
        assertEquals(List.of(new Diagnosis("ABK", "S134XXA", null), new Diagnosis("ABF", "V4352XA", null)),
                ci.diagnoses());
        assertEquals("1456789019", ci.serviceFacilityLocation().npi());

        OtherSubscriber cob = ci.otherSubscribers().get(0);
        assertEquals("S", cob.paymentResponsibilityLevelCode());
        assertEquals("OTHERGRP", cob.groupOrPolicyNumber());
        assertEquals(new BigDecimal("60.00"), cob.payerPaidAmount());
        assertEquals(new AdjustmentGroup("PR", List.of(new Adjustment("1", new BigDecimal("20.00"), null))),
                cob.claimLevelAdjustments().get(0));
        assertEquals("OTH000001", cob.otherSubscriberName().identifier());
        assertEquals("99999", cob.otherPayerName().identifier());

        ServiceLine l1 = ci.serviceLines().get(0);
        assertEquals("LINE-1", l1.lineItemControlNumber());
        assertEquals("99213", l1.professionalService().procedureCode());
        assertEquals(List.of("25"), l1.professionalService().procedureModifiers());
        assertEquals(List.of("1", "2"), l1.professionalService().diagnosisCodePointers());
        assertEquals(new BigDecimal("1"), l1.professionalService().serviceUnitCount());
        assertNull(l1.institutionalService());
        LineAdjudication adj = l1.lineAdjudications().get(0);
        assertEquals("99999", adj.otherPayerPrimaryIdentifier());
        assertEquals(2, adj.adjustments().size());
        assertEquals("CO", adj.adjustments().get(1).groupCode());
        assertEquals(new BigDecimal("20.00"), adj.remainingPatientLiability());

        ServiceLine l2 = ci.serviceLines().get(1);
        assertEquals("00409378501", l2.drugIdentification().nationalDrugCode());
        assertEquals("1765432103", l2.provider(ProviderRole.RENDERING).orElseThrow().npi());
        assertEquals(List.of(new Note("ADD", "KETOROLAC 30MG")), l2.notes());
    }

    @Test
    void bindsFullInstitutionalExample() throws IOException {
        ClaimRead r = ClaimJson.read(ClaimKind.INSTITUTIONAL, resource("institutional-full.json"));
        assertEquals(List.of(), r.issues());
        Claim c = r.claim();
        assertEquals("1555555550", c.billing().npi());
        assertEquals("987654321", c.billing().employerId());
        assertEquals("SMITH", c.provider(ProviderRole.ATTENDING).orElseThrow().lastName());
        assertEquals("JONES", c.provider(ProviderRole.OPERATING).orElseThrow().lastName());
        assertEquals("PO BOX 200", c.payToAddress().address1());

        ClaimInformation ci = c.claimInformation();
        assertEquals(new InstitutionalCodes("1", "1", "01"), ci.institutionalCodes());
        assertEquals("202403011030", ci.claimDateInformation().admissionDateAndHour());
        assertEquals("20240304", ci.claimDateInformation().statementEndDate());
        assertEquals("INPATIENT STAY", ci.billingNote());
        assertEquals(List.of(new Diagnosis("ABK", "J189", "Y"), new Diagnosis("ABJ", "R0602", null),
                new Diagnosis("ABF", "I10", "Y"), new Diagnosis("ABF", "E119", "Y")), ci.diagnoses());
        assertEquals(List.of(new Procedure("BBR", "5A1935Z", "20240302")), ci.procedures());
        assertEquals(List.of(new Occurrence("11", "20240228")), ci.occurrences());
        assertEquals(List.of(new ValueInformation("80", new BigDecimal("3"))), ci.values());
        assertEquals(List.of("39"), ci.conditionCodes());
        assertEquals("194", ci.drgCode());

        assertEquals(1, ci.otherSubscribers().size());
        OtherSubscriber cob = ci.otherSubscribers().get(0);
        assertEquals("SUPPGRP", cob.groupOrPolicyNumber());
        assertEquals(new AdjustmentGroup("CO", List.of(new Adjustment("45", new BigDecimal("100.00"), null))),
                cob.claimLevelAdjustments().get(0));

        ServiceLine l1 = ci.serviceLines().get(0);
        assertEquals("ROOM-1", l1.lineItemControlNumber());
        assertEquals("0120", l1.institutionalService().serviceLineRevenueCode());
        assertEquals("20240303", l1.serviceDateEnd());
        assertNull(l1.professionalService());
        assertEquals(0, ci.claimChargeAmount().compareTo(ci.serviceLineChargeTotal()));
    }

    @Test
    void providersArrayGivesTheSameModelAsNamedObjects() throws IOException {
        ClaimRead named = ClaimJson.read(ClaimKind.PROFESSIONAL, resource("professional-full.json"));
        ClaimRead legacy = ClaimJson.read(ClaimKind.PROFESSIONAL, resource("professional-providers-array.json"));
        assertEquals(List.of(), legacy.issues());
        assertEquals(named.claim(), legacy.claim());
    }

    @Test
    void providerGivenTwiceIsReported() throws IOException {
        String json = resource("professional-full.json").replaceFirst("\"billing\": \\{",
                "\"providers\": [{\"providerType\": \"BillingProvider\", \"organizationName\": \"X\"}],\n  \"billing\": {");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.DUPLICATE_PROVIDER, "providers[0].providerType"), r.issues().toString());
        assertEquals("1234567893", r.claim().billing().npi());
    }

    @Test
    void unknownFieldsAreWarningsWithTheirPath() throws IOException {
        String json = resource("professional-full.json")
                .replace("\"procedureCode\": \"99213\",", "\"procedureCode\": \"99213\", \"procedureCodee\": \"x\",")
                .replace("\"usageIndicator\": \"T\",", "\"usageIndicator\": \"T\", \"extra\": {\"a\": 1},");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.UNKNOWN_FIELD, "claimInformation.serviceLines[0].professionalService.procedureCodee"),
                r.issues().toString());
        assertTrue(has(r, Code.UNKNOWN_FIELD, "extra"));
        assertTrue(r.issues().stream().allMatch(i -> i.severity() == ClaimIssue.Severity.WARNING), r.issues().toString());
        assertTrue(r.ok(), "an unknown field does not reject the claim");
        assertEquals("99213", r.claim().claimInformation().serviceLines().get(0).professionalService().procedureCode());
    }

    @Test
    void aWrongValueInsideAnUnknownFieldsNeighbourIsStillAnError() throws IOException {
        String json = resource("professional-full.json")
                .replace("\"usageIndicator\": \"T\",", "\"usageIndicator\": \"T\", \"extra\": 1,")
                .replace("\"claimChargeAmount\": \"210.00\"", "\"claimChargeAmount\": \"-210.00\"");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.UNKNOWN_FIELD, "extra"));
        assertTrue(has(r, Code.INVALID_FORMAT, "claimInformation.claimChargeAmount"), r.issues().toString());
        assertFalse(r.ok());
    }

    @Test
    void fieldsOfTheOtherKindAreReported() throws IOException {
        String json = resource("professional-full.json").replace("\"rendering\": {", "\"attending\": {");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.FIELD_NOT_FOR_KIND, "attending"), r.issues().toString());
        assertTrue(r.ok(), "a field of the other kind is left out with a warning: " + r.issues());
        assertTrue(r.claim().provider(ProviderRole.ATTENDING).isEmpty());
        ClaimRead inst = ClaimJson.read(ClaimKind.INSTITUTIONAL, resource("professional-full.json"));
        assertTrue(has(inst, Code.FIELD_NOT_FOR_KIND, "claimInformation.healthCareCodeInformation"));
        assertTrue(has(inst, Code.FIELD_NOT_FOR_KIND, "claimInformation.serviceLines[0].professionalService"));
        assertTrue(has(inst, Code.MISSING_REQUIRED, "claimInformation.principalDiagnosis"));
    }

    @Test
    void missingRequiredFieldsAreReportedWithTheirPath() throws IOException {
        String json = resource("professional-full.json")
                .replace("\"tradingPartnerServiceId\": \"60054\",", "")
                .replace("\"procedureCode\": \"J1885\",", "")
                .replace("\"otherPayerIdentifier\": \"99999\",", "");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.MISSING_REQUIRED, "tradingPartnerServiceId"), r.issues().toString());
        assertTrue(has(r, Code.MISSING_REQUIRED, "claimInformation.serviceLines[1].professionalService.procedureCode"));
        assertTrue(has(r, Code.MISSING_REQUIRED,
                "claimInformation.otherSubscriberInformation[0].otherPayerName.otherPayerIdentifier"));
        assertEquals(3, r.issues().size(), r.issues().toString());
        assertNull(r.claim().tradingPartnerServiceId());
    }

    @Test
    void missingBillingIsReportedUnlessInProvidersArray() throws IOException {
        String json = resource("professional-full.json").replaceFirst("\"billing\": \\{", "\"billingX\": {");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.MISSING_REQUIRED, "billing"));
        assertNull(r.claim().billing());
    }

    @Test
    void delimiterCharactersAreRefusedWithTheirPath() throws IOException {
        String json = resource("professional-full.json")
                .replace("\"HAPPY DOCTORS GROUP\"", "\"HAPPY*DOCTORS\"")
                .replace("\"KETOROLAC 30MG\"", "\"KETOROLAC~30MG\\nX\"")
                .replace("\"lastName\": \"DOE\"", "\"lastName\": \"DO:E\"");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.DELIMITER_CHARACTER, "billing.organizationName"), r.issues().toString());
        assertTrue(has(r, Code.DELIMITER_CHARACTER, "claimInformation.serviceLines[1].additionalNotes"));
        assertTrue(has(r, Code.DELIMITER_CHARACTER, "subscriber.lastName"));
        assertTrue(r.issues().stream().noneMatch(i -> i.message().contains("DOCTORS")), "no values in messages");
    }

    @Test
    void formatsCodesAndLengthsComeFromTheSchema() throws IOException {
        String json = resource("professional-full.json")
                .replace("\"claimChargeAmount\": \"210.00\"", "\"claimChargeAmount\": \"210.001\"")
                .replace("\"npi\": \"1987654328\"", "\"npi\": \"198765432\"")
                .replace("\"serviceDate\": \"20240102\"", "\"serviceDate\": \"20241302\"")
                .replace("\"measurementUnit\": \"UN\"", "\"measurementUnit\": \"DA\"")
                .replace("\"PCN-000123\"", "\"PCN-000123-0123456789\"");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertTrue(has(r, Code.INVALID_FORMAT, "claimInformation.claimChargeAmount"), r.issues().toString());
        assertTrue(has(r, Code.INVALID_FORMAT, "rendering.npi"));
        assertTrue(has(r, Code.INVALID_FORMAT, "claimInformation.serviceLines[0].serviceDate"));
        assertTrue(has(r, Code.INVALID_CODE, "claimInformation.serviceLines[0].professionalService.measurementUnit"));
        assertTrue(has(r, Code.TOO_LONG, "claimInformation.patientControlNumber"));
    }

    @Test
    void numbersAreAcceptedForStringsButObjectsAreNot() throws IOException {
        String json = resource("professional-full.json")
                .replace("\"claimChargeAmount\": \"210.00\"", "\"claimChargeAmount\": 210.00")
                .replace("\"serviceUnitCount\": \"2\"", "\"serviceUnitCount\": 2")
                .replace("\"patientControlNumber\": \"PCN-000123\"", "\"patientControlNumber\": {\"id\": 1}");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertEquals(new BigDecimal("210.00"), r.claim().claimInformation().claimChargeAmount());
        assertEquals(new BigDecimal("2"),
                r.claim().claimInformation().serviceLines().get(1).professionalService().serviceUnitCount());
        assertTrue(has(r, Code.WRONG_TYPE, "claimInformation.patientControlNumber"), r.issues().toString());
        assertEquals(1, r.issues().size(), r.issues().toString());
    }

    @Test
    void cobShapesOfBothKindsAreAccepted() throws IOException {
        // institutional object form and claimAdjustmentDetails in a professional claim
        String json = resource("professional-full.json")
                .replace("\"otherSubscriberInformation\": [", "\"otherSubscriberInformation\": ")
                .replace("\"adjustmentDetails\": [ { \"adjustmentReasonCode\": \"1\", \"adjustmentAmount\": \"20.00\" } ]\n          }\n        ],",
                        "\"claimAdjustmentDetails\": [ { \"adjustmentReasonCode\": \"1\", \"adjustmentAmount\": \"20.00\" } ]\n          }\n        ],")
                .replace("\"otherPayerAdjudicationOrPaymentDate\": \"20240115\"\n        }\n      }\n    ],",
                        "\"otherPayerAdjudicationOrPaymentDate\": \"20240115\"\n        }\n      },");
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, json);
        assertEquals(List.of(), r.issues());
        assertEquals(ClaimJson.read(ClaimKind.PROFESSIONAL, resource("professional-full.json")).claim(), r.claim());
    }

    @Test
    void malformedJsonIsAnIssueNotAnException() {
        ClaimRead r = ClaimJson.read(ClaimKind.PROFESSIONAL, "{\"controlNumber\": ");
        assertNull(r.claim());
        assertEquals(Code.MALFORMED_JSON, r.issues().get(0).code());
        assertEquals(Code.MALFORMED_JSON, ClaimJson.read(ClaimKind.PROFESSIONAL, "[1]").issues().get(0).code());
    }
}
