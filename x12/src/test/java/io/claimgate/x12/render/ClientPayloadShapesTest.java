package io.claimgate.x12.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimJsonWriter;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More shapes real API clients send (our own made-up values in the structures of public client code; sources
 * in {@code claims/SOURCES.md}): an institutional claim built by a TypeScript 837I generator (providers[]
 * with an AttendingProvider, four modifier slots padded with empty strings, string amounts, 3-digit revenue
 * codes, professional-style pointers on institutional lines), a Python script's professional claim with
 * nulls for every unset field and an empty modifier array, a claim to Stedi's test payer with an amount
 * past the cents, and the CHC sandbox request with ICD-9 codes for a 2005 service. Each is accepted with
 * only the warnings listed, renders, and the 837 passes our guide validator; what such clients get wrong
 * is refused with its path.
 */
class ClientPayloadShapesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the generator's rendering provider has an address and a taxonomy, its subscriber a policy number beside
        // the group number: the 837I has no room for them, so the client is told
        "inst-providers-padded-modifiers.json | INSTITUTIONAL | FIELD_NOT_USED providers[1].address, "
                + "FIELD_NOT_USED providers[1].taxonomyCode, FIELD_NOT_USED subscriber.policyNumber, "
                + "NORMALIZED claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode, "
                + "NORMALIZED claimInformation.serviceLines[1].institutionalService.serviceLineRevenueCode, "
                + "NORMALIZED claimInformation.serviceLines[0].institutionalService.procedureModifiers, "
                + "NORMALIZED claimInformation.serviceLines[1].institutionalService.procedureModifiers, "
                + "UNKNOWN_FIELD claimInformation.serviceLines[0].institutionalService.compositeDiagnosisCodePointers, "
                + "UNKNOWN_FIELD claimInformation.serviceLines[1].institutionalService.compositeDiagnosisCodePointers",
        "stedi-script-nulls.json | PROFESSIONAL | ",
        "stedi-test-payer-repairs.json | PROFESSIONAL | NORMALIZED claimInformation.claimChargeAmount",
        // a billing system's export as it stores its values (ICD-10-CM with the dot, lower-case codes, ISO dates, a CPT
        // code with a trailing space, four modifier slots, a ZIP+4 with its hyphen) and fields the 837 has no room for:
        // every repair and every field not sent is told at its path
        "billing-system-export.json | PROFESSIONAL | @billing-system-export.warnings",
        "chc-sandbox-icd9.json | PROFESSIONAL | FIELD_NOT_USED tradingPartnerId, UNKNOWN_FIELD headers, "
                + "NORMALIZED claimInformation.serviceFacilityLocation.address.state, NORMALIZED dependent.address.state, "
                + "NORMALIZED payToAddress.postalCode, NORMALIZED payToAddress.state, "
                + "NORMALIZED providers[0].address.state, NORMALIZED subscriber.address.state",
    })
    void isAcceptedAndRendersA837OurValidatorAccepts(String file, ClaimKind kind, String warnings) {
        ValidatedClaim v = ClaimValidation.check(kind, RenderFixtures.json("/claims/" + file), CLOCK);
        assertTrue(v.accepted(), () -> file + ": " + v.errors());
        // @FILE: the list is in claims/FILE, one a line (the gateway's ChangeHealthcarePayloadsTest reads it too)
        String list = warnings != null && warnings.startsWith("@")
                ? RenderFixtures.json("/claims/" + warnings.substring(1)).replace('\n', ',') : warnings;
        Set<String> expected = list == null ? Set.of()
                : Arrays.stream(list.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, v.issues().stream().map(i -> i.code() + " " + i.path())
                .collect(Collectors.toCollection(TreeSet::new)));
        RenderFixtures.Rendered r = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build());
        assertTrue(r.result().ok(), () -> file + ": " + r.result().issues());
        Structure.acceptedByOurValidator(r.text());
    }

    @Test
    void emptyModifierSlotsAtTheEndAreDroppedAndTheOthersKeepTheirPlace() throws Exception {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.INSTITUTIONAL,
                RenderFixtures.json("/claims/inst-providers-padded-modifiers.json"), CLOCK);
        var lines = v.claim().claimInformation().serviceLines();
        assertEquals(List.of("25"), lines.get(0).institutionalService().procedureModifiers());
        assertEquals(List.of(), lines.get(1).institutionalService().procedureModifiers());
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        assertTrue(text.contains("SV2*0510*HC:99202:25*UN") || text.contains("SV2*0510*HC:99202:25*"), text);
        assertTrue(text.contains("SV2*0300*HC:36415*"), text);
        assertFalse(text.contains("HC:99202:25:"), "no empty modifier components");
        // The JSON written back from the claim has the modifiers it was given, without the empty slots.
        String written = new String(ClaimJsonWriter.bytes(v.claim()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(written.contains("\"procedureModifiers\":[\"25\"]"), written);

        // An empty slot before a modifier is not padding: an error at its own index.
        ObjectNode tree = (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/inst-providers-padded-modifiers.json"));
        ((ObjectNode) tree.get("claimInformation").get("serviceLines").get(0).get("institutionalService"))
                .putArray("procedureModifiers").add("").add("25");
        String gap = JSON.writeValueAsString(tree);
        ValidatedClaim refused = ClaimValidation.check(ClaimKind.INSTITUTIONAL, gap, CLOCK);
        assertEquals(List.of("INVALID_MODIFIER claimInformation.serviceLines[0].institutionalService.procedureModifiers[0]"),
                refused.errors().stream().map(i -> i.code() + " " + i.path()).toList());
    }

    @Test
    void theBillingSystemsExportIsSentAsThe837CarriesIt() {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL,
                RenderFixtures.json("/claims/billing-system-export.json"), CLOCK);
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        for (String segment : new String[] {"HI*ABK:E1065*ABF:M5450~", "SV1*HC:99213:25*135*UN*1***1:2~",
            "SV1*HC:J1100:RT*50*UN*1***1~", "DTP*472*D8*20260102~", "DMG*D8*19790921*M~", "N4*Wantagh*NY*117930000~",
            "N4*Levittown*NY*117560000~", "SBR*P*18*GRP4410******CI~", "DTP*431*D8*20251228~"}) {
            assertTrue(text.contains(segment), segment + " in " + text);
        }
        assertFalse(text.contains("POL99812"), "one SBR03: the group number");
    }

    @Test
    void anAmountWithZerosPastTheCentsIsSentWithTwoDecimalsAndOtherDigitsThereAreRefused() throws Exception {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL,
                RenderFixtures.json("/claims/stedi-test-payer-repairs.json"), CLOCK);
        assertEquals(new BigDecimal("500.00"), v.claim().claimInformation().claimChargeAmount());
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        assertTrue(text.contains("CLM*9C41E07B22D84F5A*500*"), text);

        ObjectNode tree = (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/stedi-test-payer-repairs.json"));
        ((ObjectNode) tree.get("claimInformation")).put("claimChargeAmount", "500.005");
        ValidatedClaim refused = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(tree), CLOCK);
        assertTrue(refused.errors().stream().anyMatch(i -> i.code() == ClaimIssue.Code.INVALID_FORMAT
                && i.path().equals("claimInformation.claimChargeAmount")), refused.issues().toString());
    }

    /**
     * A client that writes every field of its model, the unset ones as "" (Go structs without omitempty,
     * form-backed clients): each "" is taken as absent, as null is, with a NORMALIZED warning; the claim binds
     * as the same claim without those fields. A required field sent as "" is still missing.
     */
    @Test
    void emptyStringsAreAbsentFieldsButARequiredOneStaysMissing() throws Exception {
        String json = RenderFixtures.json("/claims/client-empty-strings.json");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, json, CLOCK);
        assertTrue(v.accepted(), () -> v.errors().toString());
        ObjectNode tree = (ObjectNode) JSON.readTree(json);
        removeEmpty(tree);
        ValidatedClaim without = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(tree), CLOCK);
        assertEquals(without.claim(), v.claim(), "\"\" binds as an absent field");
        long empties = v.issues().stream().filter(i -> i.code() == ClaimIssue.Code.NORMALIZED
                && i.message().equals("an empty value; taken as absent")).count();
        assertEquals(25, empties, v.issues().toString());

        ObjectNode missing = (ObjectNode) JSON.readTree(json);
        ((ObjectNode) missing.get("subscriber")).put("memberId", "");
        ValidatedClaim refused = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(missing), CLOCK);
        assertEquals(List.of("MISSING_REQUIRED subscriber.memberId"), refused.errors().stream()
                .map(i -> i.code() + " " + i.path()).toList());
    }

    /**
     * An optional block sent as {} (a client that writes every block of its model) is absent, with a NORMALIZED
     * warning at its path, as "" is; a required block sent as {} is reported missing, and an empty entry of a
     * list stays an error at its index.
     */
    @Test
    void anEmptyObjectIsAnAbsentBlockButARequiredOneStaysMissing() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/stedi-style-professional.json"));
        ObjectNode withEmpty = tree.deepCopy();
        withEmpty.putObject("dependent");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(withEmpty), CLOCK);
        assertTrue(v.accepted(), () -> v.errors().toString());
        ObjectNode without = tree.deepCopy();
        without.remove("dependent");
        assertEquals(ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(without), CLOCK).claim(),
                v.claim(), "{} binds as an absent block");
        assertEquals(List.of("NORMALIZED dependent"), v.issues().stream()
                .filter(i -> i.path().equals("dependent")).map(i -> i.code() + " " + i.path()).toList());

        ObjectNode emptySubscriber = tree.deepCopy();
        emptySubscriber.putObject("subscriber");
        ValidatedClaim refused = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(emptySubscriber), CLOCK);
        assertTrue(refused.errors().stream().anyMatch(i -> i.code() == ClaimIssue.Code.MISSING_REQUIRED
                && i.path().equals("subscriber")), refused.issues().toString());

        ObjectNode emptyLine = tree.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) emptyLine.get("claimInformation").get("serviceLines")).addObject();
        ValidatedClaim line = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(emptyLine), CLOCK);
        assertFalse(line.accepted(), line.issues().toString());
    }

    /**
     * A one-digit code sent as a JSON number (a client that keeps place of service as an integer) lost its
     * leading zero: 2 is place of service 02, with a NORMALIZED warning; a string "2", or a number that is no
     * code even with the zero, stays an error.
     */
    @Test
    void aCodeSentAsANumberGetsItsLeadingZeroBack() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/stedi-style-professional.json"));
        ((ObjectNode) tree.get("claimInformation")).put("placeOfServiceCode", 2);
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(tree), CLOCK);
        assertTrue(v.accepted(), () -> v.errors().toString());
        assertEquals("02", v.claim().claimInformation().placeOfServiceCode());
        assertEquals(List.of("NORMALIZED claimInformation.placeOfServiceCode"), v.issues().stream()
                .map(i -> i.code() + " " + i.path()).toList());

        for (Object sent : List.of("2", 2.0)) {
            ObjectNode other = tree.deepCopy();
            ((ObjectNode) other.get("claimInformation")).set("placeOfServiceCode", JSON.valueToTree(sent));
            ValidatedClaim refused = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(other), CLOCK);
            assertFalse(refused.accepted(), sent + ": " + refused.issues());
        }
        ObjectNode frequency = tree.deepCopy();
        ((ObjectNode) frequency.get("claimInformation")).put("claimFrequencyCode", 9);
        ValidatedClaim noCode = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(frequency), CLOCK);
        assertTrue(noCode.errors().stream().anyMatch(i -> i.path().equals("claimInformation.claimFrequencyCode")),
                "09 is no frequency code either: " + noCode.issues());
    }

    /**
     * Phone numbers as billing systems print them are sent as the 10 digits PER carries, each with a NORMALIZED
     * warning; one that is not a 10-digit number once the punctuation is off is sent as it came.
     */
    @Test
    void aPhoneNumberWithPunctuationIsSentAsItsTenDigits() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/stedi-style-professional.json"));
        ((ObjectNode) tree.get("billing").get("contactInformation")).put("phoneNumber", "(555) 000-2222");
        ((ObjectNode) tree.get("submitter").get("contactInformation")).put("phoneNumber", "+1 555.000.1111")
                .put("faxNumber", "1-555-000-3333");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(tree), CLOCK);
        assertTrue(v.accepted(), () -> v.errors().toString());
        assertEquals(Set.of("NORMALIZED billing.contactInformation.phoneNumber",
                "NORMALIZED submitter.contactInformation.phoneNumber", "NORMALIZED submitter.contactInformation.faxNumber"),
                v.issues().stream().map(i -> i.code() + " " + i.path()).collect(Collectors.toSet()));
        assertEquals("5550002222", v.claim().billing().contactInformation().phoneNumber());
        assertEquals("5550001111", v.claim().submitter().contactInformation().phoneNumber());
        assertEquals("5550003333", v.claim().submitter().contactInformation().faxNumber());
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        assertTrue(text.contains("*TE*5550002222"), text);

        for (String sent : List.of("555-0100 x12", "555-01000", "5550002222")) {
            ((ObjectNode) tree.get("billing").get("contactInformation")).put("phoneNumber", sent);
            ValidatedClaim asSent = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(tree), CLOCK);
            assertEquals(sent, asSent.claim().billing().contactInformation().phoneNumber());
            assertFalse(asSent.issues().stream().anyMatch(i -> i.path().equals("billing.contactInformation.phoneNumber")),
                    asSent.issues().toString());
        }
    }

    private static void removeEmpty(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof ObjectNode o) {
            List<String> empty = new java.util.ArrayList<>();
            o.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && e.getValue().textValue().isEmpty()) {
                    empty.add(e.getKey());
                } else {
                    removeEmpty(e.getValue());
                }
            });
            o.remove(empty);
        } else if (n.isArray()) {
            n.forEach(ClientPayloadShapesTest::removeEmpty);
        }
    }

    /**
     * The TypeScript generator's claims as it sent them carried mistakes a payer would refuse: each is an
     * error at its path, with what to send instead.
     */
    @Test
    void whatTheTypeScriptGeneratorGotWrongIsRefusedAtEachPath() throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/inst-providers-padded-modifiers.json"));
        ((ObjectNode) tree.get("submitter")).remove("taxId");
        ObjectNode info = (ObjectNode) tree.get("claimInformation");
        ((ObjectNode) info.get("claimDateInformation")).put("admissionDateAndHour", "2024082601");
        info.putObject("admittingDiagnosis").put("qualifierCode", "ABJ");
        info.putObject("principalProcedureInformation").put("principalProcedureCode", "0JQ00ZZ")
                .put("principalProcedureDateTime", "2024-08-26");
        info.putArray("conditionCodes").addObject().put("conditionCode", "10");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.INSTITUTIONAL, JSON.writeValueAsString(tree), CLOCK);
        assertEquals(Set.of("MISSING_REQUIRED submitter.taxId",
                        "INVALID_FORMAT claimInformation.claimDateInformation.admissionDateAndHour",
                        "MISSING_REQUIRED claimInformation.admittingDiagnosis.admittingDiagnosisCode",
                        "MISSING_REQUIRED claimInformation.principalProcedureInformation.qualifierCode",
                        "WRONG_TYPE claimInformation.conditionCodes[0]"),
                v.errors().stream().map(i -> i.code() + " " + i.path()).collect(Collectors.toSet()));
        assertTrue(v.issues().stream().anyMatch(i -> i.code() == ClaimIssue.Code.UNKNOWN_FIELD
                && i.path().equals("claimInformation.principalProcedureInformation.principalProcedureDateTime")));
    }
}
