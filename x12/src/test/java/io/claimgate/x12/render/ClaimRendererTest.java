package io.claimgate.x12.render;

import static io.claimgate.x12.render.RenderFixtures.claim;
import static io.claimgate.x12.render.RenderFixtures.json;
import static io.claimgate.x12.render.RenderFixtures.keep;
import static io.claimgate.x12.render.RenderFixtures.render;
import static io.claimgate.x12.render.RenderFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import io.claimgate.x12.render.RenderFixtures.Rendered;
import io.claimgate.x12.render.Structure.Seg;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scenario tests: each renders claims, re-reads the output with X12Reader and checks structure and content. */
class ClaimRendererTest {

    private static Claim fromJson(String json, ClaimKind kind) {
        ClaimRead read = ClaimJson.read(kind, json);
        assertTrue(read.ok(), () -> "reads without errors: " + read.issues());
        return read.claim();
    }

    private static Rendered renderChecked(String name, List<Claim> claims, RenderSettings s) {
        Rendered r = render(claims, s);
        assertTrue(r.result().ok(), () -> "no issues: " + r.result().issues());
        keep(name, r.text());
        Structure.acceptedByOurValidator(r.text());
        return r;
    }

    private static List<String> ids(List<Seg> segs) {
        return segs.stream().map(s -> s.segment().toString()).collect(Collectors.toList());
    }

    @Test
    void dependentPatientGetsA2000cUnderItsSubscriber() {
        Rendered r = renderChecked("dependent.837", List.of(claim("prof-dependent.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        List<Structure.Hl> hls = s.hls;
        assertEquals(3, hls.size());
        assertEquals(new Structure.Hl("0301", 2, 1, "22", "1"), hls.get(1));
        assertEquals(new Structure.Hl("0301", 3, 2, "23", "0"), hls.get(2));
        Seg sbr = s.all("SBR").get(0);
        assertEquals("", sbr.e(2), "SBR02 is empty when the patient is not the subscriber");
        assertEquals("19", s.all("PAT").get(0).e(1));
        Seg qc = s.all("NM1", "QC").get(0);
        assertEquals("Doe", qc.e(3));
        assertEquals("Jimmy", qc.e(4));
        // the dependent's DMG is in 2010CA; the subscriber's is not written when the subscriber is not the patient
        assertEquals(1, s.all("DMG").size());
        assertEquals("20150607", s.all("DMG").get(0).e(2));
    }

    @Test
    void subscriberWhoIsThePatientHasNo2000c() {
        Rendered r = renderChecked("basic.837", List.of(claim("prof-basic.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals(List.of("20", "22"), s.hls.stream().map(Structure.Hl::level).toList());
        assertEquals("18", s.all("SBR").get(0).e(2));
        assertEquals("0", s.hls.get(1).childCode());
        Seg clm = s.all("CLM").get(0);
        assertEquals("150", clm.e(2), "amounts without trailing zeros");
        assertEquals("11:B:1", clm.e(5));
        assertEquals("ABK:J069", s.all("HI").get(0).e(1), "ICD-10 without the dot");
        assertEquals("HC:99213:25", s.all("SV1").get(0).e(1));
        assertEquals("1:2", s.all("SV1").get(0).e(7), "diagnosis pointers");
        assertEquals(List.of("LINE-1", "LINE-2"), s.all("REF", "6R").stream().map(x -> x.e(2)).toList());
        Seg payer = s.all("NM1", "PR").get(0);
        assertEquals("PI", payer.e(8));
        assertEquals("60054", payer.e(9), "payer id = tradingPartnerServiceId");
        assertEquals("SUB12345", s.all("NM1", "41").get(0).e(9), "1000A NM109 = submitterIdentification");
        assertEquals("RECEIVERID", s.all("NM1", "40").get(0).e(9), "1000B NM109 defaults to ISA08");
        Seg bht = s.all("BHT").get(0);
        assertEquals(List.of("0019", "00", "0301", "20240601", "0930", "CH"),
                List.of(bht.e(1), bht.e(2), bht.e(3), bht.e(4), bht.e(5), bht.e(6)));
    }

    @Test
    void secondaryClaimCarriesOtherPayerAdjudication() {
        Rendered r = renderChecked("secondary.837", List.of(claim("prof-secondary.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        List<Seg> sbr = s.all("SBR");
        assertEquals("S", sbr.get(0).e(1), "2000B: this payer is secondary");
        assertEquals("P", sbr.get(1).e(1), "2320: the other payer was primary");
        assertEquals("AETNAGRP", sbr.get(1).e(3));
        assertEquals("CAS*PR*1*20", s.all("CAS").get(0).segment().toString().replace("~", ""));
        assertEquals("80", s.all("AMT", "D").get(0).e(2));
        assertEquals(List.of("20", "15", "5"), s.all("AMT", "EAF").stream().map(x -> x.e(2)).toList());
        assertEquals(1, s.all("OI").size());
        Seg otherPayer = s.all("NM1", "PR").get(1);
        assertEquals("60054", otherPayer.e(9));
        assertEquals("AET-CCN-1", s.all("REF", "F8").get(0).e(2));
        List<Seg> svd = s.all("SVD");
        assertEquals(2, svd.size());
        assertEquals("60054", svd.get(0).e(1), "SVD01 = the other payer's id in 2330B");
        assertEquals("55", svd.get(0).e(2));
        assertEquals("HC:99213:25", svd.get(0).e(3));
        assertEquals("1", svd.get(0).e(5));
        Seg lineCas = s.all("CAS").get(3);
        assertEquals("CO", lineCas.e(1));
        assertEquals(List.of("45", "20", "", "253", "5"), List.of(lineCas.e(2), lineCas.e(3), lineCas.e(4), lineCas.e(5), lineCas.e(6)));
        assertEquals(3, s.all("DTP", "573").size(), "2330B and both 2430 loops");
        // 2320 comes after the 2310 providers and before the first LX
        List<String> order = s.segments.stream().map(Seg::id).toList();
        assertTrue(order.indexOf("SBR") < order.lastIndexOf("SBR") && order.lastIndexOf("SBR") < order.indexOf("LX"));
    }

    @Test
    void replacementCarriesTheOriginalClaimNumber() {
        Rendered r = renderChecked("replacement.837", List.of(claim("prof-replacement.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals("11:B:7", s.all("CLM").get(0).e(5));
        assertEquals("PAYERCCN123456", s.all("REF", "F8").get(0).e(2));
    }

    @Test
    void voidCarriesTheOriginalClaimNumber() {
        Claim c = fromJson(json("prof-replacement.json").replace("\"claimFrequencyCode\": \"7\"", "\"claimFrequencyCode\": \"8\""),
                ClaimKind.PROFESSIONAL);
        Rendered r = renderChecked("void.837", List.of(c), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals("11:B:8", s.all("CLM").get(0).e(5));
        assertEquals("PAYERCCN123456", s.all("REF", "F8").get(0).e(2));
    }

    @Test
    void replacementWithoutOriginalClaimNumberIsAnIssue() {
        Claim c = fromJson(json("prof-basic.json").replace("\"claimFrequencyCode\": \"1\"", "\"claimFrequencyCode\": \"7\""),
                ClaimKind.PROFESSIONAL);
        Rendered r = render(List.of(c), settings().build());
        assertFalse(r.result().ok());
        RenderIssue issue = r.result().issues().get(0);
        assertEquals(0, issue.claimIndex());
        assertEquals("claimInformation.claimSupplementalInformation.claimControlNumber", issue.fieldPath());
        assertEquals("REF02", issue.x12Field());
    }

    @Test
    void drugLineHasLinAndCtp() {
        Rendered r = renderChecked("drug.837", List.of(claim("prof-drug.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        Seg lin = s.all("LIN").get(0);
        assertEquals("", lin.e(1));
        assertEquals("N4", lin.e(2));
        assertEquals("00003029301", lin.e(3));
        Seg ctp = s.all("CTP").get(0);
        assertEquals("40", ctp.e(4));
        assertEquals("ML", ctp.e(5));
        // the 2410 loop follows the line it belongs to (LX 3)
        List<String> order = s.segments.stream().map(x -> x.id() + (x.id().equals("LX") ? x.e(1) : "")).toList();
        assertTrue(order.indexOf("LX3") < order.indexOf("LIN"));
        assertEquals("HC:J3301:::::Triamcinolone 10 mg", s.all("SV1").get(2).e(1), "SV101-07 description");
        Seg clm = s.all("CLM").get(0);
        assertEquals("AA:::IL", clm.e(11), "CLM11 related causes with the accident state");
        assertEquals("1", clm.e(20), "CLM20 delay reason");
        assertEquals("10.5", s.all("AMT", "F5").get(0).e(2));
        assertEquals("20231230", s.all("DTP", "439").get(0).e(3));
        assertEquals("Injection given in office", s.all("NTE").get(0).e(2));
    }

    @Test
    void institutionalInpatientClaim() {
        Rendered r = renderChecked("inpatient.837", List.of(claim("inst-inpatient.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals("005010X223A2", s.all("ST").get(0).e(3));
        Seg clm = s.all("CLM").get(0);
        assertEquals("15250.5", clm.e(2));
        assertEquals("11:A:1", clm.e(5));
        assertEquals("", clm.e(6), "837I has no CLM06");
        assertEquals("CL1*1*1*01", s.all("CL1").get(0).segment().toString().replace("~", ""));
        assertEquals(List.of("RD8", "20240301-20240305"), List.of(s.all("DTP", "434").get(0).e(2), s.all("DTP", "434").get(0).e(3)));
        assertEquals(List.of("DT", "202403010830"), List.of(s.all("DTP", "435").get(0).e(2), s.all("DTP", "435").get(0).e(3)));
        assertEquals("1400", s.all("DTP", "096").get(0).e(3));
        List<String> hi = s.all("HI").stream().map(x -> x.e(1)).toList();
        assertEquals(List.of("ABK:I214:::::::Y", "ABJ:R079", "DR:282", "ABF:E119:::::::Y", "BBR:02703ZZ:D8:20240302",
                "BBQ:B2111ZZ:D8:20240302", "BI:74:RD8:20240303-20240304", "BH:11:D8:20240228", "BE:80:::4", "BG:01"), hi);
        assertEquals("ABF:I10:::::::N", s.all("HI").get(3).e(2));
        assertEquals("BE:A1:::1600", s.all("HI").get(8).e(2));
        assertEquals("71", s.all("NM1", "71").get(0).e(1));
        assertEquals("AT", s.all("PRV", "AT").get(0).e(1));
        assertEquals(1, s.all("NM1", "72").size());
        assertEquals("0120", s.all("SV2").get(0).e(1));
        assertEquals("", s.all("SV2").get(0).e(2), "room and board: revenue code only");
        assertEquals("DA", s.all("SV2").get(0).e(4));
        assertEquals("HC:92928", s.all("SV2").get(1).e(2));
        assertEquals("RD8", s.all("DTP", "472").get(0).e(2));
        assertEquals("ADD", s.all("NTE").get(0).e(1));
    }

    @Test
    void institutionalSecondaryClaim() {
        Rendered r = renderChecked("inst-secondary.837", List.of(claim("inst-outpatient-secondary.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals("13:A:1", s.all("CLM").get(0).e(5));
        assertEquals(List.of("ABK:M545", "APR:M545", "ABF:M5416", "BH:11:D8:20240228"),
                s.all("HI").stream().map(x -> x.e(1)).toList());
        assertEquals("CAS*PR*1*100**2*50", s.all("CAS").get(0).segment().toString().replace("~", ""));
        Seg svd = s.all("SVD").get(0);
        assertEquals(List.of("00431", "200", "HC:72100:26", "0320", "1"), List.of(svd.e(1), svd.e(2), svd.e(3), svd.e(4), svd.e(5)));
        assertEquals("", s.all("SBR").get(1).e(5), "837I 2320 has no SBR05");
    }

    @Test
    void institutionalLinePaidByRevenueCodeAloneHasNoSvd03() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.JsonNode root = mapper.readTree(json("inst-outpatient-secondary.json"));
        com.fasterxml.jackson.databind.node.ObjectNode paid = (com.fasterxml.jackson.databind.node.ObjectNode)
                root.at("/claimInformation/serviceLines/0/lineAdjudicationInformation/0");
        paid.remove(List.of("serviceIdQualifier", "procedureCode", "procedureModifier"));
        Claim c = fromJson(mapper.writeValueAsString(root), ClaimKind.INSTITUTIONAL);
        Rendered r = renderChecked("inst-nu.837", List.of(c), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals("", s.all("SVD").get(0).e(3));
        assertEquals("0320", s.all("SVD").get(0).e(4));
    }

    @Test
    void severalBillingProvidersInOneBatch() {
        Claim a1 = claim("prof-basic.json");
        Claim b = fromJson(json("prof-basic.json").replace("1234567893", "1357924681")
                .replace("Happy Clinic LLC", "Other Clinic").replace("PCN0001", "PCN-B-1"), ClaimKind.PROFESSIONAL);
        Claim a2 = claim("prof-dependent.json");
        Claim a3 = fromJson(json("prof-basic.json").replace("PCN0001", "PCN0002"), ClaimKind.PROFESSIONAL);
        Rendered r = renderChecked("multi-billing.837", List.of(a1, b, a2, a3), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        List<String> hl = s.hls.stream().map(h -> h.id() + "/" + h.parent() + "/" + h.level() + "/" + h.childCode()).toList();
        // billing A: John as patient (claims 0 and 3 share the 2000B), John with dependent Jimmy; then billing B
        assertEquals(List.of("1/0/20/1", "2/1/22/0", "3/1/22/1", "4/3/23/0", "5/0/20/1", "6/5/22/0"), hl);
        assertEquals(List.of("PCN0001", "PCN0002", "PCN-DEP-1", "PCN-B-1"), s.all("CLM").stream().map(x -> x.e(1)).toList());
        assertEquals(2, s.all("NM1", "85").size());
        assertEquals(1, r.result().transactionSets());
        ClaimPlacement p3 = r.result().placement(3);
        assertEquals("0301", p3.transactionControlNumber());
        assertTrue(p3.claimSegmentPosition() > r.result().placement(0).lastSegmentPosition());
    }

    @Test
    void professionalAndInstitutionalClaimsGoInSeparateGroups() {
        Rendered r = renderChecked("mixed.837", List.of(claim("inst-inpatient.json"), claim("prof-basic.json"),
                claim("inst-outpatient-secondary.json"), claim("prof-dependent.json")), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        List<Seg> gs = s.all("GS");
        assertEquals(2, gs.size());
        assertEquals(List.of("005010X222A1", "201"), List.of(gs.get(0).e(8), gs.get(0).e(6)));
        assertEquals(List.of("005010X223A2", "202"), List.of(gs.get(1).e(8), gs.get(1).e(6)));
        assertEquals(List.of("0301", "0302"), s.all("ST").stream().map(x -> x.e(2)).toList());
        RenderResult result = r.result();
        assertEquals(2, result.groups());
        assertEquals(202, result.placement(0).groupControlNumber());
        assertEquals("005010X223A2", result.placement(0).version());
        assertEquals(201, result.placement(1).groupControlNumber());
        assertEquals("0302", result.placement(2).transactionControlNumber());
        assertEquals("0301", result.placement(3).transactionControlNumber());
        for (ClaimPlacement p : result.placements()) {
            assertEquals(101, p.interchangeControlNumber());
        }
    }

    @Test
    void transactionSetsHoldAtMostTheConfiguredNumberOfClaims() {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            claims.add(fromJson(json("prof-basic.json").replace("PCN0001", "PCN000" + i), ClaimKind.PROFESSIONAL));
        }
        Rendered r = renderChecked("split.837", claims, settings().maxClaimsPerTransaction(2).batchReference("BATCH7").build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals(3, r.result().transactionSets());
        assertEquals(List.of("0301", "0302", "0303"), s.all("ST").stream().map(x -> x.e(2)).toList());
        assertEquals(List.of("BATCH7-0301", "BATCH7-0302", "BATCH7-0303"), s.all("BHT").stream().map(x -> x.e(3)).toList());
        assertEquals("BATCH7-0303", r.result().placement(4).batchReference());
        assertEquals(List.of(2, 2, 1), s.all("ST").stream()
                .map(st -> (int) s.segments.stream().filter(x -> x.id().equals("CLM") && x.st02().equals(st.e(2))).count()).toList());
        assertEquals("3", s.all("GE").get(0).e(1));
    }

    @Test
    void differentSubmittersGoInDifferentTransactionSets() {
        Claim other = fromJson(json("prof-basic.json").replace("Example Billing Co", "Second Biller"), ClaimKind.PROFESSIONAL);
        Rendered r = renderChecked("submitters.837", List.of(claim("prof-basic.json"), other, claim("prof-dependent.json")),
                settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals(2, r.result().transactionSets());
        assertEquals("0301", r.result().placement(2).transactionControlNumber(), "same submitter as claim 0");
        assertEquals("0302", r.result().placement(1).transactionControlNumber());
        assertEquals(List.of("Example Billing Co", "Second Biller"), s.all("NM1", "41").stream().map(x -> x.e(3)).toList());
    }

    @Test
    void delimiterInAValueIsReportedByFieldNeverByValue() {
        // the claim reader reports these too; the renderer must still never write them, whoever calls it
        Claim c = ClaimJson.read(ClaimKind.PROFESSIONAL,
                json("prof-basic.json").replace("\"Doe\"", "\"Do*e\"").replace("\"87880\"", "\"878~80\"")).claim();
        Rendered r = render(List.of(claim("prof-basic.json"), c), settings().build());
        RenderResult result = r.result();
        assertFalse(result.ok());
        assertEquals(2, result.issues().size(), () -> result.issues().toString());
        RenderIssue name = result.issues().get(0);
        assertEquals(1, name.claimIndex());
        assertEquals("subscriber.lastName", name.fieldPath());
        assertEquals("NM103", name.x12Field());
        RenderIssue code = result.issues().get(1);
        assertEquals("claimInformation.serviceLines[1].professionalService.procedureCode", code.fieldPath());
        assertEquals("SV101-02", code.x12Field());
        RenderException e = assertThrows(RenderException.class, result::orThrow);
        assertFalse(e.getMessage().contains("Do*e"));
        assertFalse(e.getMessage().contains("878"));
        assertTrue(e.getMessage().contains("subscriber.lastName"));
    }

    @Test
    void valueHoldingACustomDelimiterIsRefused() {
        // '|' passes the claim reader (it is no standard delimiter) but is this interchange's element separator
        Claim c = fromJson(json("prof-basic.json").replace("Happy Clinic LLC", "Happy | Clinic"), ClaimKind.PROFESSIONAL);
        RenderSettings pipes = settings().delimiters(new io.claimgate.x12.syntax.Delimiters('|', '>', '^', '~')).build();
        RenderResult result = render(List.of(c), pipes).result();
        assertEquals(1, result.issues().size(), () -> result.issues().toString());
        assertEquals("billing.organizationName", result.issues().get(0).fieldPath());
        assertEquals("NM103", result.issues().get(0).x12Field());
        Rendered ok = renderChecked("pipes.837", List.of(claim("prof-basic.json")), pipes);
        assertTrue(ok.text().startsWith("ISA|00|"));
        Structure.check(ok.text(), ok.result());
    }

    @Test
    void usageIndicatorDecidesIsa15UnlessSettingsSayOtherwise() {
        Claim production = fromJson(json("prof-basic.json").replace("\"usageIndicator\": \"T\"", "\"usageIndicator\": \"P\""),
                ClaimKind.PROFESSIONAL);
        assertEquals("P", isa15(render(List.of(production), settings().build()).text()));
        assertEquals("T", isa15(render(List.of(production, claim("prof-basic.json")), settings().build()).text()));
        assertEquals("T", isa15(render(List.of(production), settings().production(false).build()).text()));
        assertEquals("P", isa15(render(List.of(claim("prof-basic.json")), settings().production(true).build()).text()));
    }

    @Test
    void envelopeSettings() {
        String text = render(List.of(claim("prof-basic.json")), settings().acknowledgmentRequested(true)
                .applicationCodes("APPSEND", "APPRECV").controlNumbers(987654321, 55, 123456789).lineBreaks(false).build()).text();
        assertFalse(text.contains("\n"));
        assertTrue(text.startsWith("ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *240601*0930*^*00501*987654321*1*T*:~"));
        assertTrue(text.contains("~GS*HC*APPSEND*APPRECV*20240601*0930*55*X*005010X222A1~ST*837*123456789*005010X222A1~"));
        assertTrue(text.endsWith("~GE*1*55~IEA*1*987654321~"));
    }

    @Test
    void claimIdentifierDecidesBht06AndSplitsTransactionSets() {
        Claim reporting = fromJson(json("prof-basic.json").replace("\"usageIndicator\": \"T\",",
                "\"usageIndicator\": \"T\", \"claimIdentifier\": \"RP\","), ClaimKind.PROFESSIONAL);
        Rendered r = renderChecked("bht06.837", List.of(claim("prof-basic.json"), reporting), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals(List.of("CH", "RP"), s.all("BHT").stream().map(x -> x.e(6)).toList());
        assertEquals("0302", r.result().placement(1).transactionControlNumber());
    }

    @Test
    void homeboundPropertyCasualtyAndBillingSecondaryIds() {
        String extras = json("prof-basic.json")
                .replace("\"claimFilingCode\": \"CI\",", "\"claimFilingCode\": \"CI\", \"homeboundIndicator\": true, "
                        + "\"propertyCasualtyClaimNumber\": \"PC-778\",")
                .replace("\"employerId\": \"123456789\",", "\"employerId\": \"123456789\", \"commercialNumber\": \"COMM55\",");
        Rendered r = renderChecked("extras-p.837", List.of(fromJson(extras, ClaimKind.PROFESSIONAL)), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals("CRC*75*Y*IH", s.all("CRC").get(0).segment().toString().replace("~", ""));
        assertEquals("PC-778", s.all("REF", "Y4").get(0).e(2));
        Seg g2 = s.all("REF", "G2").get(0);
        assertEquals("COMM55", g2.e(2));
        List<String> order = s.segments.stream().map(x -> x.id() + (x.id().equals("NM1") ? x.e(1) : "")).toList();
        assertTrue(order.indexOf("NM1PR") < s.segments.indexOf(g2), "billing provider secondary id is in 2010BB");

        String inst = json("inst-inpatient.json")
                .replace("\"employerId\": \"987654321\",", "\"employerId\": \"987654321\", \"commercialNumber\": \"COMM66\",");
        Rendered ri = renderChecked("extras-i.837", List.of(fromJson(inst, ClaimKind.INSTITUTIONAL)), settings().build());
        Structure si = Structure.check(ri.text(), ri.result());
        assertEquals("COMM66", si.all("REF", "G2").get(0).e(2));
    }

    @Test
    void institutionalBillingProviderIsAnOrganizationIdentifiedByItsEin() {
        // 837I 2010AA: REF*EI only (no SY), no UPIN/license REF
        String licensed = json("inst-inpatient.json")
                .replace("\"employerId\": \"987654321\",", "\"employerId\": \"987654321\", \"stateLicenseNumber\": \"LIC-1\",");
        Rendered r = renderChecked("inst-license.837", List.of(fromJson(licensed, ClaimKind.INSTITUTIONAL)), settings().build());
        Structure s = Structure.check(r.text(), r.result());
        assertEquals(0, s.all("REF", "0B").size(), "837I 2010AA has no REF*0B");

        String ssn = json("inst-inpatient.json").replace("\"employerId\": \"987654321\",", "\"ssn\": \"123456789\",");
        // the claim reader refuses this too; the renderer must still never write it, whoever calls it
        RenderResult refused = render(List.of(ClaimJson.read(ClaimKind.INSTITUTIONAL, ssn).claim()), settings().build()).result();
        assertEquals(List.of("billing.employerId REF02"), refused.issues().stream().map(i -> i.fieldPath() + " " + i.x12Field()).toList());

        String person = json("prof-basic.json").replace("\"employerId\": \"123456789\",", "\"ssn\": \"123456789\",");
        Rendered p = renderChecked("prof-ssn.837", List.of(fromJson(person, ClaimKind.PROFESSIONAL)), settings().build());
        assertEquals("123456789", Structure.check(p.text(), p.result()).all("REF", "SY").get(0).e(2), "837P allows REF*SY");
    }

    @Test
    void billingProviderAndServiceFacilityNeedZipPlus4() {
        String five = json("prof-basic.json").replace("\"627019999\"", "\"62701\"");
        RenderResult r = render(List.of(fromJson(five, ClaimKind.PROFESSIONAL)), settings().build()).result();
        assertEquals(List.of("billing.address.postalCode N403"), r.issues().stream().map(i -> i.fieldPath() + " " + i.x12Field()).toList());
        String inst = json("inst-inpatient.json").replace("\"432151234\"", "\"43215\"");
        RenderResult ri = render(List.of(fromJson(inst, ClaimKind.INSTITUTIONAL)), settings().build()).result();
        assertEquals(List.of("billing.address.postalCode N403"), ri.issues().stream().map(i -> i.fieldPath() + " " + i.x12Field()).toList());
    }

    @Test
    void valueCodesNeedAmountsAndLinesNeedUnits() {
        String noAmount = json("inst-inpatient.json").replace("{ \"valueCode\": \"80\", \"valueCodeAmount\": \"4\" }",
                "{ \"valueCode\": \"80\" }");
        RenderResult r = render(List.of(ClaimJson.read(ClaimKind.INSTITUTIONAL, noAmount).claim()), settings().build()).result();
        assertEquals(List.of("claimInformation.valueInformationList.valueCodeAmount HI-05"),
                r.issues().stream().map(i -> i.fieldPath() + " " + i.x12Field()).toList());
        String noUnits = json("inst-inpatient.json").replace("\"measurementUnit\": \"DA\",", "");
        RenderResult u = render(List.of(ClaimJson.read(ClaimKind.INSTITUTIONAL, noUnits).claim()), settings().build()).result();
        assertEquals(List.of("claimInformation.serviceLines[0].institutionalService.measurementUnit SV204"),
                u.issues().stream().map(i -> i.fieldPath() + " " + i.x12Field()).toList());
    }

    @Test
    void professionalSbr05OnlyWhenMedicareIsNotPrimary() {
        String primary = json("prof-basic.json").replace("\"paymentResponsibilityLevelCode\": \"P\",",
                "\"paymentResponsibilityLevelCode\": \"P\", \"insuranceTypeCode\": \"47\",");
        Rendered p = renderChecked("sbr05-primary.837", List.of(fromJson(primary, ClaimKind.PROFESSIONAL)), settings().build());
        assertEquals("", Structure.check(p.text(), p.result()).all("SBR").get(0).e(5), "not sent when Medicare is primary");
        String msp = primary.replace("\"paymentResponsibilityLevelCode\": \"P\",", "\"paymentResponsibilityLevelCode\": \"S\",")
                .replace("\"claimFilingCode\": \"CI\"", "\"claimFilingCode\": \"MB\"");
        Rendered m = renderChecked("sbr05-msp.837", List.of(fromJson(msp, ClaimKind.PROFESSIONAL)), settings().build());
        assertEquals("47", Structure.check(m.text(), m.result()).all("SBR").get(0).e(5), "Medicare secondary payer type");
    }

    @Test
    void emptyClaimListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> render(List.of(), settings().build()));
    }

    private static String isa15(String text) {
        return text.split("\\*", 17)[15];
    }
}
