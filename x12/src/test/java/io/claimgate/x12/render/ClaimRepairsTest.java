package io.claimgate.x12.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimIssue;
import io.claimgate.x12.claim.ClaimJson;
import io.claimgate.x12.claim.ClaimJsonWriter;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.ClaimRead;
import io.claimgate.x12.claim.ClaimValidation;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.ValidatedClaim;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a clearinghouse repairs because its meaning is not in doubt (diagnosis codes with their dot, codes of
 * closed lists in lower case, ISO dates, CPT/HCPCS codes with spaces or in lower case), each with a NORMALIZED
 * warning at its path, the repaired value bound, rendered and written back; what would change meaning stays an
 * error. And what the 837 has no room for is told with FIELD_NOT_USED.
 */
class ClaimRepairsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode tree(String name) throws Exception {
        return (ObjectNode) JSON.readTree(RenderFixtures.json("/claims/" + name));
    }

    private static ObjectNode at(JsonNode root, String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            n = n.get(bracket < 0 ? part : part.substring(0, bracket));
            while (bracket >= 0) {
                int close = part.indexOf(']', bracket);
                n = n.get(Integer.parseInt(part.substring(bracket + 1, close)));
                bracket = part.indexOf('[', close);
            }
        }
        return (ObjectNode) n;
    }

    private static Set<String> described(List<ClaimIssue> issues) {
        return issues.stream().map(i -> i.severity().name().charAt(0) + " " + i.code() + " " + i.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The claim's warnings are exactly {@code expected}, it renders, our 837 validator accepts it; the text. */
    private static String acceptedAndRendered(ValidatedClaim v, String... expected) {
        assertTrue(v.accepted(), () -> v.errors().toString());
        assertEquals(new TreeSet<>(Set.of(expected)), described(v.issues()));
        RenderFixtures.Rendered r = RenderFixtures.render(List.of(v.claim()), RenderFixtures.settings().build());
        assertTrue(r.result().ok(), () -> r.result().issues().toString());
        Structure.acceptedByOurValidator(r.text());
        return r.text();
    }

    /** ClaimJsonWriter writes the repaired values: the written claim reads back equal and without a warning. */
    private static void writtenBackAsRepaired(ClaimKind kind, Claim claim) {
        ClaimRead again = ClaimJson.read(kind, ClaimJsonWriter.bytes(claim));
        assertEquals(claim, again.claim());
        assertFalse(again.issues().stream().anyMatch(i -> i.code() == ClaimIssue.Code.NORMALIZED), again.issues().toString());
    }

    @Test
    void aProfessionalClaimAsBillingSystemsStoreItIsRepairedFieldByField() throws Exception {
        ObjectNode c = tree("professional-full.json");
        at(c, "dependent").put("gender", "f").put("dateOfBirth", "2010-03-04");
        at(c, "billing.address").put("state", "wa");
        ObjectNode info = at(c, "claimInformation");
        info.put("claimFilingCode", "ci").put("signatureIndicator", "y").put("benefitsAssignmentCertificationIndicator", "y");
        at(c, "claimInformation.claimDateInformation").put("symptomDate", "2024-01-01");
        at(c, "claimInformation.healthCareCodeInformation[0]").put("diagnosisTypeCode", "abk").put("diagnosisCode", "S13.4XXA");
        at(c, "claimInformation.healthCareCodeInformation[1]").put("diagnosisCode", "v43.52xa");
        ObjectNode line0 = at(c, "claimInformation.serviceLines[0]");
        line0.put("serviceDate", "2024-01-02");
        ObjectNode prof0 = at(c, "claimInformation.serviceLines[0].professionalService");
        prof0.put("procedureIdentifier", "hc").put("procedureCode", " 99213 ").put("measurementUnit", "un");
        prof0.putArray("procedureModifiers").add("25").add("rt");
        at(c, "claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers")
                .putArray("diagnosisCodePointers").add("A").add("b");
        info.put("claimFrequencyCode", "1 ");
        at(c, "claimInformation.serviceLines[1].professionalService").put("procedureCode", "j1885");

        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(c), CLOCK);
        String sl0 = "claimInformation.serviceLines[0]";
        String text = acceptedAndRendered(v,
                "W NORMALIZED dependent.gender", "W NORMALIZED dependent.dateOfBirth", "W NORMALIZED billing.address.state",
                "W NORMALIZED claimInformation.claimFilingCode", "W NORMALIZED claimInformation.signatureIndicator",
                "W NORMALIZED claimInformation.benefitsAssignmentCertificationIndicator",
                "W NORMALIZED claimInformation.claimDateInformation.symptomDate",
                "W NORMALIZED claimInformation.healthCareCodeInformation[0].diagnosisTypeCode",
                "W NORMALIZED claimInformation.healthCareCodeInformation[0].diagnosisCode",
                "W NORMALIZED claimInformation.healthCareCodeInformation[1].diagnosisCode",
                "W NORMALIZED " + sl0 + ".serviceDate", "W NORMALIZED " + sl0 + ".professionalService.procedureIdentifier",
                "W NORMALIZED " + sl0 + ".professionalService.procedureCode",
                "W NORMALIZED " + sl0 + ".professionalService.measurementUnit",
                "W NORMALIZED " + sl0 + ".professionalService.procedureModifiers[1]",
                "W NORMALIZED " + sl0 + ".professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers[0]",
                "W NORMALIZED " + sl0 + ".professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers[1]",
                "W NORMALIZED claimInformation.claimFrequencyCode",
                "W NORMALIZED claimInformation.serviceLines[1].professionalService.procedureCode");

        Claim claim = v.claim();
        ClaimInformation ci = claim.claimInformation();
        assertEquals(List.of("S134XXA", "V4352XA"), ci.diagnoses().stream().map(Diagnosis::code).toList());
        assertEquals("ABK", ci.diagnoses().get(0).qualifier());
        assertEquals("99213", ci.serviceLines().get(0).professionalService().procedureCode());
        assertEquals(List.of("25", "RT"), ci.serviceLines().get(0).professionalService().procedureModifiers());
        assertEquals("J1885", ci.serviceLines().get(1).professionalService().procedureCode());
        assertEquals("20240102", ci.serviceLines().get(0).serviceDate());
        assertEquals("F", claim.dependent().gender());
        assertEquals("20100304", claim.dependent().dateOfBirth());

        assertTrue(text.contains("HI*ABK:S134XXA*ABF:V4352XA~"), text);
        assertTrue(text.contains("SV1*HC:99213:25:RT*"), text);
        assertEquals(List.of("1", "2"), ci.serviceLines().get(0).professionalService().diagnosisCodePointers());
        assertEquals("1", ci.claimFrequencyCode());
        assertTrue(text.contains("SV1*HC:J1885*"), text);
        assertTrue(text.contains("DMG*D8*20100304*F~"), text);
        assertTrue(text.contains("DTP*472*D8*20240102~"), text);
        assertTrue(text.contains("DTP*431*D8*20240101~"), text);
        assertTrue(text.contains("*CI~") || text.contains("*CI*"), text);
        assertTrue(text.contains("N4*SEATTLE*WA*"), text);
        writtenBackAsRepaired(ClaimKind.PROFESSIONAL, claim);
    }

    @Test
    void everyInstitutionalDiagnosisFieldTakesTheDotOffAndIsoDatesAndHoursAreRepaired() throws Exception {
        ObjectNode c = tree("institutional-full.json");
        ObjectNode info = at(c, "claimInformation");
        at(c, "claimInformation.principalDiagnosis").put("principalDiagnosisCode", "J18.9").put("presentOnAdmissionIndicator", "y");
        at(c, "claimInformation.admittingDiagnosis").put("admittingDiagnosisCode", "R06.02");
        at(c, "claimInformation.otherDiagnosisInformationList[0][1]").put("otherDiagnosisCode", "E11.9");
        info.putArray("patientReasonForVisits").addObject().put("qualifierCode", "APR").put("patientReasonForVisitCode", "R07.9");
        info.putArray("externalCauseOfInjuries").addObject().put("qualifierCode", "ABN")
                .put("externalCauseOfInjury", "W01.XXXA").put("presentOnAdmissionIndicator", "Y");
        at(c, "claimInformation.claimDateInformation").put("admissionDateAndHour", "2024-03-01T10:30")
                .put("dischargeHour", "14:00").put("statementBeginDate", "2024-03-01");
        at(c, "claimInformation.occurrenceInformationList[0][0]").put("occurrenceSpanCodeDate", "2024-02-28");
        at(c, "claimInformation.principalProcedureInformation").put("principalProcedureDate", "2024-03-02");
        at(c, "subscriber").put("gender", "f");

        ValidatedClaim v = ClaimValidation.check(ClaimKind.INSTITUTIONAL, JSON.writeValueAsString(c), CLOCK);
        String ci = "W NORMALIZED claimInformation.";
        String text = acceptedAndRendered(v,
                ci + "principalDiagnosis.principalDiagnosisCode", ci + "principalDiagnosis.presentOnAdmissionIndicator",
                ci + "admittingDiagnosis.admittingDiagnosisCode",
                ci + "otherDiagnosisInformationList[0][1].otherDiagnosisCode",
                ci + "patientReasonForVisits[0].patientReasonForVisitCode",
                ci + "externalCauseOfInjuries[0].externalCauseOfInjury",
                ci + "claimDateInformation.admissionDateAndHour", ci + "claimDateInformation.dischargeHour",
                ci + "claimDateInformation.statementBeginDate", ci + "occurrenceInformationList[0][0].occurrenceSpanCodeDate",
                ci + "principalProcedureInformation.principalProcedureDate", "W NORMALIZED subscriber.gender");

        assertTrue(text.contains("HI*ABK:J189:::::::Y~"), text);
        assertTrue(text.contains("HI*ABJ:R0602~"), text);
        assertTrue(text.contains("HI*APR:R079~"), text);
        assertTrue(text.contains("HI*ABN:W01XXXA:::::::Y~"), text);
        assertTrue(text.contains("ABF:E119"), text);
        assertTrue(text.contains("DTP*435*DT*202403011030~"), text);
        assertTrue(text.contains("DTP*096*TM*1400~"), text);
        assertTrue(text.contains("DTP*434*RD8*20240301-20240304~"), text);
        assertTrue(text.contains("HI*BH:11:D8:20240228~"), text);
        assertTrue(text.contains("HI*BBR:5A1935Z:D8:20240302~"), text);
        writtenBackAsRepaired(ClaimKind.INSTITUTIONAL, v.claim());
    }

    /** Where the repair would be a guess, the value stays an error at its path, as before. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "claimInformation.healthCareCodeInformation[0].diagnosisCode | S134.XXA | DIAGNOSIS_CODE_WITH_DOT",
        "claimInformation.healthCareCodeInformation[0].diagnosisCode | S13.4.XXA | DIAGNOSIS_CODE_WITH_DOT",
        "claimInformation.healthCareCodeInformation[0].diagnosisCode | s13.4xa | DIAGNOSIS_CODE_WITH_DOT",
        "claimInformation.healthCareCodeInformation[0].diagnosisCode | 1s34xxa | INVALID_DIAGNOSIS_CODE",
        "dependent.gender | x | INVALID_CODE",
        "dependent.gender | male | INVALID_CODE",
        "dependent.dateOfBirth | 2010-02-30 | INVALID_FORMAT",
        "dependent.dateOfBirth | 03/04/2010 | INVALID_FORMAT",
        "dependent.dateOfBirth | 2010-3-4 | INVALID_FORMAT",
        "claimInformation.serviceLines[0].serviceDate | 2024/01/02 | INVALID_FORMAT",
        "claimInformation.serviceLines[0].professionalService.procedureCode | 99213-25 | INVALID_PROCEDURE_CODE",
        "claimInformation.serviceLines[0].professionalService.procedureCode | 9921 | INVALID_PROCEDURE_CODE",
        "claimInformation.serviceLines[0].professionalService.procedureCode | PHONE | INVALID_PROCEDURE_CODE",
        "claimInformation.claimFilingCode | qq | INVALID_CODE",
        "claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers[0] "
                + "| M | INVALID_FORMAT",
    })
    void whatWouldChangeMeaningStaysAnError(String path, String value, ClaimIssue.Code code) throws Exception {
        ObjectNode c = tree("professional-full.json");
        int dot = path.lastIndexOf('.');
        String last = path.substring(dot + 1);
        if (last.endsWith("]")) {
            int bracket = last.indexOf('[');
            ((com.fasterxml.jackson.databind.node.ArrayNode) at(c, path.substring(0, dot)).get(last.substring(0, bracket)))
                    .set(Integer.parseInt(last.substring(bracket + 1, last.length() - 1)), value);
        } else {
            at(c, path.substring(0, dot)).put(last, value);
        }
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(c), CLOCK);
        assertEquals(Set.of("E " + code + " " + path), described(v.errors()), v.issues().toString());
        assertFalse(v.issues().stream().anyMatch(i -> i.code() == ClaimIssue.Code.NORMALIZED), v.issues().toString());
    }

    @Test
    void icd10PcsProceduresKeepTheirDotAsAnErrorAndIcd9DiagnosesTakeItOffWhereTheCodeSetPutsIt() throws Exception {
        ObjectNode c = tree("institutional-full.json");
        at(c, "claimInformation.principalProcedureInformation").put("principalProcedureCode", "5A1.935Z");
        ValidatedClaim pcs = ClaimValidation.check(ClaimKind.INSTITUTIONAL, JSON.writeValueAsString(c), CLOCK);
        assertEquals(Set.of("E INVALID_PROCEDURE_CODE claimInformation.principalProcedureInformation.principalProcedureCode"),
                described(pcs.errors()));

        ObjectNode p = tree("chc-sandbox-icd9.json");
        at(p, "claimInformation.healthCareCodeInformation[0]").put("diagnosisCode", "401.9");
        at(p, "claimInformation.healthCareCodeInformation[1]").put("diagnosisCode", "e812.0");
        ValidatedClaim icd9 = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(p),
                Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
        assertTrue(icd9.accepted(), icd9.errors().toString());
        assertEquals(List.of("4019", "E8120"), icd9.claim().claimInformation().diagnoses().stream().map(Diagnosis::code).toList());
        at(p, "claimInformation.healthCareCodeInformation[1]").put("diagnosisCode", "E81.20");
        ValidatedClaim wrong = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(p),
                Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC));
        assertEquals(Set.of("E DIAGNOSIS_CODE_WITH_DOT claimInformation.healthCareCodeInformation[1].diagnosisCode"),
                described(wrong.errors()));
    }

    @Test
    void whatThe837HasNoRoomForIsAFieldNotUsedWarning() throws Exception {
        ObjectNode p = tree("professional-full.json");
        at(p, "subscriber").put("policyNumber", "POL-778");
        at(p, "referring").put("taxonomyCode", "207Q00000X").putObject("address").put("address1", "1 MAIN ST")
                .put("city", "SEATTLE").put("state", "WA").put("postalCode", "98101");
        at(p, "rendering").putObject("address").put("address1", "2 MAIN ST").put("city", "SEATTLE")
                .put("state", "WA").put("postalCode", "98101");
        p.putObject("ordering").put("npi", "1760854442").put("lastName", "ORDER").put("firstName", "OLIVIA");
        ValidatedClaim v = ClaimValidation.check(ClaimKind.PROFESSIONAL, JSON.writeValueAsString(p), CLOCK);
        acceptedAndRendered(v, "W FIELD_NOT_USED subscriber.policyNumber", "W FIELD_NOT_USED referring.taxonomyCode",
                "W FIELD_NOT_USED referring.address", "W FIELD_NOT_USED rendering.address", "W FIELD_NOT_USED ordering");
        assertEquals("POL-778", v.claim().subscriber().policyNumber(), "bound and stored all the same");

        ObjectNode i = tree("institutional-full.json");
        at(i, "attending").put("taxonomyCode", "207Q00000X");
        at(i, "operatingPhysician").put("taxonomyCode", "207X00000X").putObject("address").put("address1", "3 MAIN ST")
                .put("city", "SEATTLE").put("state", "WA").put("postalCode", "98101");
        ValidatedClaim inst = ClaimValidation.check(ClaimKind.INSTITUTIONAL, JSON.writeValueAsString(i), CLOCK);
        String text = acceptedAndRendered(inst, "W FIELD_NOT_USED operatingPhysician.taxonomyCode",
                "W FIELD_NOT_USED operatingPhysician.address");
        assertTrue(text.contains("PRV*AT*PXC*207Q00000X~"), "the attending provider's taxonomy is sent: " + text);
    }
}
