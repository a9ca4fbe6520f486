package io.claimgate.x12.render;

import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.ValidatedClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claims in the shapes real clients of the CHC / Stedi claims API send (our own made-up values in the
 * field sets and structures of: Stedi's current and 2024 professional and institutional examples, the CHC
 * sandbox request used by the SonderMind and WeInfuse client gems, with their lower-case state codes,
 * {@code providers[]} arrays, CHC-only fields and the gems' extra {@code headers} object): each is
 * accepted (only the warnings listed), renders, and the 837 passes our guide validator.
 */
class RealPayloadShapesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the CHC sandbox's lower-case states and ZIP+4 with a hyphen: bound upper-cased / as 9 digits, each said
        "chc-style-providers-array.json | PROFESSIONAL | FIELD_NOT_USED tradingPartnerId, UNKNOWN_FIELD headers, "
                + "NORMALIZED claimInformation.serviceFacilityLocation.address.state, NORMALIZED dependent.address.state, "
                + "NORMALIZED payToAddress.postalCode, NORMALIZED payToAddress.state, "
                + "NORMALIZED providers[0].address.state, NORMALIZED subscriber.address.state",
        "professional-providers-array.json | PROFESSIONAL | ",
        "stedi-style-professional.json | PROFESSIONAL | ",
        "professional-line-details.json | PROFESSIONAL | ",
        "professional-ambulance.json | PROFESSIONAL | ",
        "inst-stedi-style-providers.json | INSTITUTIONAL | ",
        "inst-stedi-style-objects.json | INSTITUTIONAL | ",
        "inst-chc-style.json | INSTITUTIONAL | UNKNOWN_FIELD headers, NORMALIZED billingPayToAddressName.address.state, "
                + "NORMALIZED providers[0].address.state, NORMALIZED subscriber.address.postalCode, "
                + "NORMALIZED subscriber.address.state",
    })
    void isAcceptedAndRendersA837OurValidatorAccepts(String file, ClaimKind kind, String warnings) {
        ValidatedClaim v = ClaimValidation.check(kind, RenderFixtures.json("/claims/" + file), CLOCK);
        assertTrue(v.accepted(), () -> file + ": " + v.errors());
        Set<String> expected = warnings == null ? Set.of()
                : Arrays.stream(warnings.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = v.issues().stream().map(i -> i.code() + " " + i.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, found);
        assertTrue(v.issues().stream().allMatch(i -> i.severity() == ClaimIssue.Severity.WARNING));

        RenderFixtures.Rendered r = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build());
        assertTrue(r.result().ok(), () -> file + ": " + r.result().issues());
        Structure.acceptedByOurValidator(r.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "chc-style-providers-array.json | PROFESSIONAL | N4*nashville*TN*372030077~",
        "inst-chc-style.json | INSTITUTIONAL | N4*city1*WA*981010000~",
    })
    void lowerCaseStatesAndHyphenatedZipsAreWrittenAsX12Codes(String file, ClaimKind kind, String segment) {
        ValidatedClaim v = ClaimValidation.check(kind, RenderFixtures.json("/claims/" + file), CLOCK);
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        assertTrue(text.contains(segment), text);
    }

    @Test
    void aRetiredPointOfOriginCodeIsAnErrorAtItsPathNotABrokenA837() {
        String json = RenderFixtures.json("/claims/inst-chc-style.json")
                .replace("\"admissionSourceCode\": \"2\"", "\"admissionSourceCode\": \"7\"");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.INSTITUTIONAL, json, CLOCK);
        assertEquals(List.of("INVALID_CODE claimInformation.claimCodeInformation.admissionSourceCode"),
                v.errors().stream().map(i -> i.code() + " " + i.path()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "stedi-style-professional.json | PROFESSIONAL | CN1*02*150*80*CONTRACT7*5*V2~ | K3*SAMPLE K3 LINE ONE~,K3*SAMPLE K3 LINE TWO~",
        "inst-stedi-style-objects.json | INSTITUTIONAL | CN1*01*89.93~ | K3*SAMPLE FILE INFORMATION~",
    })
    void contractAndFileInformationAreWrittenAsCn1AndK3(String file, ClaimKind kind, String cn1, String k3) {
        ValidatedClaim v = ClaimValidation.check(kind, RenderFixtures.json("/claims/" + file), CLOCK);
        assertTrue(v.issues().isEmpty(), v.issues().toString());
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        assertTrue(text.contains(cn1), text);
        int at = text.indexOf(cn1);
        for (String k : k3.split(",")) {
            int next = text.indexOf(k, at);
            assertTrue(next > at, k + " after " + cn1 + " in the guide's order: " + text);
            at = next;
        }
    }

    @Test
    void professionalClaimAndLineDetailsAreWrittenInTheGuidesOrder() {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL,
                RenderFixtures.json("/claims/professional-line-details.json"), CLOCK);
        assertTrue(v.issues().isEmpty(), v.issues().toString());
        RenderFixtures.Rendered r = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build());
        assertTrue(r.result().ok(), r.result().issues().toString());
        Structure.acceptedByOurValidator(r.text());
        String text = r.text();
        int at = text.indexOf("LX*1~");
        int claim = text.indexOf("CLM*");
        for (String segment : List.of("CN1*02*150*80*CONTRACT7*5*V2~", "K3*SAMPLE K3 LINE ONE~",
                "CR2********A**SAMPLE ACUTE*SAMPLE NOTE~", "CRC*ZZ*Y*S2*ST~", "HI*ABK:F411~")) {
            int next = text.indexOf(segment, claim);
            assertTrue(next > claim, segment + " in the guide's order: " + text);
            claim = next;
        }
        for (String segment : List.of("PWK*CT*AB~", "CR3*I*MO*6~", "CRC*70*N*65~", "CRC*09*Y*38*ZV~",
                "DTP*472*D8*20240301~", "QTY*PT*1~", "QTY*FL*2~", "MEA*OG*HT*70~", "MEA*TR*R1*11.5~",
                "CN1*05*150**LINECONTRACT~", "REF*6R*LINE0001~", "PS1*PSP0001*40~", "NM1*82*1*Example")) {
            int next = text.indexOf(segment, at);
            assertTrue(next > at, segment + " in the guide's order: " + text);
            at = next;
        }
    }

    @Test
    void ambulanceTransportCertificationsAndLocationsAreWrittenAtClaimAndLineLevel() {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL,
                RenderFixtures.json("/claims/professional-ambulance.json"), CLOCK);
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text();
        int at = text.indexOf("CLM*AMBULANCE01");
        for (String segment : List.of("CR1*LB*180**A*DH*12****PATIENT UNABLE TO SIT~", "CRC*07*Y*01*04~", "CRC*07*N*12~", "HI*ABK:S72001A~",
                "NM1*PW*2~", "N3*9 ELM ST~", "NM1*45*2~", "N3*1 HOSPITAL WAY~", "LX*2~", "CR1****A*DH*12~",
                "CRC*07*Y*01~", "CRC*07*N*09~", "DTP*472*", "REF*6R*AMB0002~", "NM1*PW*2~", "NM1*45*2~")) {
            int next = text.indexOf(segment, at);
            assertTrue(next > at, segment + " in the guide's order: " + text);
            at = next;
        }
    }

    @Test
    void upToThreeClaimLevelAmbulanceCertificationsAreSentAsTheGuideAllows() {
        String json = RenderFixtures.json("/claims/professional-ambulance.json").replace(
                "\"ambulanceCertification\": [\n      {", "\"ambulanceCertification\": [\n      {\"certificationConditionIndicator\": \"Y\", \"conditionCodes\": [\"09\"]}, {");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, json, CLOCK);
        assertTrue(v.accepted(), v.errors().toString());
        assertEquals(List.of(), v.issues().stream().map(i -> i.code() + " " + i.path()).toList());
        RenderFixtures.Rendered r = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build());
        assertTrue(r.result().ok(), () -> r.result().issues().toString());
        String claim = r.text().substring(r.text().indexOf("CLM*AMBULANCE01"), r.text().indexOf("LX*1~"));
        assertTrue(claim.replace("\n", "").contains("CRC*07*Y*09~CRC*07*Y*01*04~CRC*07*N*12~"), claim);
        Structure.acceptedByOurValidator(r.text());

        String four = json.replace("\"ambulanceCertification\": [\n      {", "\"ambulanceCertification\": [\n      {\"certificationConditionIndicator\": \"N\", \"conditionCodes\": [\"05\"]}, {");
        ValidatedClaim tooMany = ClaimValidation.check(ClaimKind.PROFESSIONAL, four, CLOCK);
        assertTrue(tooMany.errors().stream().anyMatch(i -> i.code() == ClaimIssue.Code.TOO_MANY), tooMany.issues().toString());
    }

    @Test
    void threeDigitRevenueCodesArePaddedToNubcsFourDigitsWithAWarning() {
        String json = RenderFixtures.json("/claims/inst-chc-style.json")
                .replace("\"serviceLineRevenueCode\": \"0260\"", "\"serviceLineRevenueCode\": \"260\"")
                .replace("\"serviceLineRevenueCode\": \"0636\"", "\"serviceLineRevenueCode\": 636");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.INSTITUTIONAL, json, CLOCK);
        assertTrue(v.accepted(), v.errors().toString());
        Set<String> found = v.issues().stream().map(i -> i.code() + " " + i.path()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(found.containsAll(Set.of(
                "NORMALIZED claimInformation.serviceLines[0].institutionalService.serviceLineRevenueCode",
                "NORMALIZED claimInformation.serviceLines[1].institutionalService.serviceLineRevenueCode")), found.toString());
        assertEquals("0260", v.claim().claimInformation().serviceLines().get(0).institutionalService().serviceLineRevenueCode());
        RenderFixtures.Rendered r = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build());
        assertTrue(r.result().ok(), () -> r.result().issues().toString());
        assertTrue(r.text().contains("SV2*0260*HC:96365") && r.text().contains("SV2*0636*HC:J1100"), r.text());
        Structure.acceptedByOurValidator(r.text());

        String other = RenderFixtures.json("/claims/inst-chc-style.json")
                .replace("\"serviceLineRevenueCode\": \"0260\"", "\"serviceLineRevenueCode\": \"26\"");
        ValidatedClaim two = ClaimValidation.check(ClaimKind.INSTITUTIONAL, other, CLOCK);
        assertTrue(two.errors().stream().anyMatch(i -> i.code() == ClaimIssue.Code.INVALID_REVENUE_CODE),
                "only 3 digits are padded: " + two.issues());
    }

    @Test
    void theBillingProvidersSecondaryIdsGoIn2010bbAndReadBack() throws Exception {
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL,
                RenderFixtures.json("/claims/professional-ambulance.json"), CLOCK);
        String text = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build()).text().replace("\n", "");
        int payer = text.indexOf("NM1*PR*2*");
        int patient = text.indexOf("CLM*", payer);
        String bb = text.substring(payer, patient);
        assertTrue(bb.contains("~REF*G2*PAYERG2-77~REF*LU*LOC-12~"), bb);
        Structure.acceptedByOurValidator(text);
        List<io.claimgate.x12.claim.read.ReadClaim> read = new java.util.ArrayList<>();
        io.claimgate.x12.claim.read.Claim837Reader.read(
                new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), read::add);
        assertEquals(1, read.size());
        assertTrue(read.get(0).issues().isEmpty(), read.get(0).issues().toString());
        assertEquals("PAYERG2-77", read.get(0).claim().billing().commercialNumber());
        assertEquals("LOC-12", read.get(0).claim().billing().locationNumber());

        // the 837I: a secondaryIdentifier sent with qualifier G2 goes there too
        ValidatedClaim inst = ClaimValidation.check(ClaimKind.INSTITUTIONAL,
                RenderFixtures.json("/claims/inst-stedi-style-objects.json"), CLOCK);
        String instText = RenderFixtures.render(List.of(inst.claim()), RenderFixtures.settings().build()).text().replace("\n", "");
        int instPayer = instText.indexOf("NM1*PR*2*");
        assertTrue(instText.substring(instPayer, instText.indexOf("CLM*", instPayer)).contains("~REF*G2*330000~"), instText);
        Structure.acceptedByOurValidator(instText);
    }
}
