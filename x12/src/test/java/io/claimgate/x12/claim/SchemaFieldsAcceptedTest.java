package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fields of the CHC/Stedi claim schemas that this gateway does not render into the 837 (ambulance, DME,
 * repricing, ...): a claim carrying them is accepted, with one FIELD_NOT_USED
 * warning per field naming its path, while a wrong value inside them is still an error. The values here
 * are made up; the structures follow the published schemas.
 */
class SchemaFieldsAcceptedTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    private static final Map<String, String> PROFESSIONAL_CLAIM_FIELDS = Map.ofEntries(
            Map.entry("anesthesiaRelatedSurgicalProcedure", "[\"27447\"]"),
            Map.entry("claimPricingRepricingInformation", "{\"pricingMethodologyCode\": \"02\", \"repricedAllowedAmount\": \"90.00\", \"repricedSavingAmount\": \"10\"}"),
            Map.entry("patientConditionInformationVision", "[{\"codeCategory\": \"E1\", \"certificationConditionIndicator\": \"Y\", \"conditionCodes\": [\"L1\"]}]"));

    private static final Map<String, String> PROFESSIONAL_LINE_FIELDS = Map.ofEntries(
            Map.entry("durableMedicalEquipmentService", "{\"days\": \"30\", \"frequencyCode\": \"4\", \"purchasePrice\": \"200\", \"rentalPrice\": \"20\"}"),
            Map.entry("formIdentification", "[{\"formTypeCode\": \"UT\", \"formIdentifier\": \"01.02\", \"supportingDocumentation\": [{\"questionNumber\": \"1\", \"questionResponseCode\": \"Y\"}]}]"),
            Map.entry("linePricingRepricingInformation", "{\"pricingMethodologyCode\": \"05\", \"repricedAllowedAmount\": \"40\"}"),
            Map.entry("purchasedServiceProvider", "{\"organizationName\": \"LAB INC\", \"npi\": \"1234567893\", \"address\": {\"address1\": \"2 LAB RD\", \"city\": \"TACOMA\"}}"));

    @Test
    void everyProfessionalSchemaFieldWithoutAn837ElementIsAcceptedWithAWarning() throws IOException {
        ObjectNode root = (ObjectNode) ClaimJson.MAPPER.readTree(ClaimJsonTest.resource("professional-full.json"));
        ObjectNode info = (ObjectNode) root.get("claimInformation");
        ObjectNode line = (ObjectNode) info.get("serviceLines").get(0);
        for (Map.Entry<String, String> e : PROFESSIONAL_CLAIM_FIELDS.entrySet()) {
            info.set(e.getKey(), ClaimJson.MAPPER.readTree(e.getValue()));
        }
        for (Map.Entry<String, String> e : PROFESSIONAL_LINE_FIELDS.entrySet()) {
            line.set(e.getKey(), ClaimJson.MAPPER.readTree(e.getValue()));
        }
        root.set("tradingPartnerSecondaryIdentifiers", ClaimJson.MAPPER.readTree("{\"naic\": \"12345\"}"));

        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, root, CLOCK);
        assertTrue(v.accepted(), v.errors().toString());
        Set<String> expected = new TreeSet<>();
        PROFESSIONAL_CLAIM_FIELDS.keySet().forEach(k -> expected.add("claimInformation." + k));
        PROFESSIONAL_LINE_FIELDS.keySet().forEach(k -> expected.add("claimInformation.serviceLines[0]." + k));
        expected.add("tradingPartnerSecondaryIdentifiers");
        assertEquals(expected, paths(v.issues(), Code.FIELD_NOT_USED));
        assertTrue(v.issues().stream().allMatch(i -> i.severity() == ClaimIssue.Severity.WARNING), v.issues().toString());
    }

    @Test
    void everyInstitutionalSchemaFieldWithoutAn837ElementIsAcceptedWithAWarning() throws IOException {
        ObjectNode root = (ObjectNode) ClaimJson.MAPPER.readTree(ClaimJsonTest.resource("institutional-full.json"));
        ObjectNode info = (ObjectNode) root.get("claimInformation");
        info.set("claimPricingInformation", ClaimJson.MAPPER.readTree(
                "{\"pricingMethodologyCode\": \"10\", \"repricedAllowedAmount\": \"300\", \"repricedApprovedDRGCode\": \"470\"}"));
        info.set("epsdtReferral", ClaimJson.MAPPER.readTree("{\"certificationConditionCodeAppliesIndicator\": \"N\", \"conditionCodes\": [\"NU\"]}"));
        info.set("treatmentCodeInformationList", ClaimJson.MAPPER.readTree("[[\"T1\", \"T2\"]]"));
        ObjectNode cob = (ObjectNode) info.get("otherSubscriberInformation");
        cob.set("medicareInpatientAdjudication", ClaimJson.MAPPER.readTree(
                "{\"coveredDaysOrVisitsCount\": \"3\", \"claimDRGAmount\": \"100\", \"claimPaymentRemarkCode\": [\"MA01\"]}"));
        ((ObjectNode) cob.get("otherPayerName")).put("otherInsuredAdditionalIdentifier", "ADDL1");
        ObjectNode line = (ObjectNode) info.get("serviceLines").get(0);
        line.set("linePricingInformation", ClaimJson.MAPPER.readTree("{\"pricingMethodologyCode\": \"01\", \"repricedAllowedAmount\": \"20\"}"));
        line.set("lineRepricingInformation", ClaimJson.MAPPER.readTree("{\"pricingMethodologyCode\": \"01\", \"repricedAllowedAmount\": \"20\"}"));
        line.set("lineSupplementInformation", ClaimJson.MAPPER.readTree("{\"priorAuthorizationNumber\": \"PA9\"}"));

        ValidatedClaim v = ClaimValidation.check(ClaimKind.INSTITUTIONAL, root, CLOCK);
        assertTrue(v.accepted(), v.errors().toString());
        assertEquals(new TreeSet<>(List.of("claimInformation.claimPricingInformation", "claimInformation.epsdtReferral",
                "claimInformation.treatmentCodeInformationList",
                "claimInformation.otherSubscriberInformation.medicareInpatientAdjudication",
                "claimInformation.otherSubscriberInformation.otherPayerName.otherInsuredAdditionalIdentifier",
                "claimInformation.serviceLines[0].linePricingInformation",
                "claimInformation.serviceLines[0].lineRepricingInformation",
                "claimInformation.serviceLines[0].lineSupplementInformation")), paths(v.issues(), Code.FIELD_NOT_USED));
    }

    @Test
    void aWrongValueIsAnErrorWithItsPathWhetherTheFieldIsRenderedOrNot() throws IOException {
        ObjectNode root = (ObjectNode) ClaimJson.MAPPER.readTree(ClaimJsonTest.resource("professional-full.json"));
        ObjectNode line = (ObjectNode) root.get("claimInformation").get("serviceLines").get(0);
        // PWK*CT has its own PWK02 list (AB AD AF AG NS), not the attachments' (AA BM EL EM FT FX)
        line.set("durableMedicalEquipmentCertificateOfMedicalNecessity",
                ClaimJson.MAPPER.readTree("{\"attachmentTransmissionCode\": \"EL\"}"));
        line.set("linePricingRepricingInformation",
                ClaimJson.MAPPER.readTree("{\"pricingMethodologyCode\": \"05\", \"repricedAllowedAmount\": \"-40\"}"));
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, root, CLOCK);
        assertFalse(v.accepted());
        String base = "claimInformation.serviceLines[0].";
        assertEquals(Set.of(base + "durableMedicalEquipmentCertificateOfMedicalNecessity.attachmentTransmissionCode"),
                paths(v.errors(), Code.INVALID_CODE));
        assertEquals(Set.of(base + "linePricingRepricingInformation.repricedAllowedAmount"),
                paths(v.errors(), Code.INVALID_FORMAT));
    }

    private static Set<String> paths(List<ClaimIssue> issues, Code code) {
        return issues.stream().filter(i -> i.code() == code).map(ClaimIssue::path)
                .collect(Collectors.toCollection(TreeSet::new));
    }

}
