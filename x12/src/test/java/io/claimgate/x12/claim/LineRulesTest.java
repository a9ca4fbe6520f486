package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimgate.x12.claim.ClaimIssue.Code;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.claimgate.x12.claim.ClaimFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SNIP 4 on service lines: dates, control numbers, diagnosis pointers, revenue codes, drugs. */
class LineRulesTest {
    private static final String POINTERS =
            "claimInformation.serviceLines[0].professionalService.compositeDiagnosisCodePointers";

    @Test
    void serviceDateEndNotBeforeServiceDate() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1]").put("serviceDateEnd", "20240101");
        assertOnly(professional(claim), Code.DATE_RANGE_REVERSED, "claimInformation.serviceLines[1].serviceDateEnd");
    }

    @Test
    void institutionalServiceDatesWithinStatementPeriod() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.serviceLines[1]").put("serviceDate", "20240305");
        assertOnly(institutional(claim), Code.SERVICE_DATE_OUTSIDE_STATEMENT,
                "claimInformation.serviceLines[1].serviceDate");
        claim = institutional();
        at(claim, "claimInformation.serviceLines[0]").put("serviceDateEnd", "20240305");
        assertOnly(institutional(claim), Code.SERVICE_DATE_OUTSIDE_STATEMENT,
                "claimInformation.serviceLines[0].serviceDateEnd");
        claim = institutional();
        at(claim, "claimInformation.serviceLines[0]").put("serviceDate", "20240229");
        assertOnly(institutional(claim), Code.SERVICE_DATE_OUTSIDE_STATEMENT,
                "claimInformation.serviceLines[0].serviceDate");
    }

    @Test
    void statementBoundariesAreInside() {
        ObjectNode claim = institutional();
        at(claim, "claimInformation.serviceLines[0]").put("serviceDate", "20240301").put("serviceDateEnd", "20240304");
        assertIssues(institutional(claim));
    }

    @Test
    void professionalLinesAreNotComparedWithStatementDates() {
        Claim claim = bound(ClaimKind.PROFESSIONAL, professional());
        ClaimDates dates = with(claim.claimInformation().claimDateInformation(), "statementBeginDate", "20240301");
        dates = with(dates, "statementEndDate", "20240302");
        assertEquals(List.of(), rules(with(claim, "claimInformation",
                with(claim.claimInformation(), "claimDateInformation", dates))));
    }

    @Test
    void lineControlNumbersUnique() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1]").put("providerControlNumber", "LINE-1");
        assertOnly(professional(claim), Code.DUPLICATE_LINE_CONTROL_NUMBER,
                "claimInformation.serviceLines[1].providerControlNumber");
        claim = institutional();
        at(claim, "claimInformation.serviceLines[1]").put("lineItemControlNumber", "ROOM-1");
        assertOnly(institutional(claim), Code.DUPLICATE_LINE_CONTROL_NUMBER,
                "claimInformation.serviceLines[1].lineItemControlNumber");
    }

    @Test
    void lineControlNumberPathFollowsTheSpellingSent() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1]").remove("providerControlNumber");
        at(claim, "claimInformation.serviceLines[1]").put("lineItemControlNumber", "LINE-1");
        assertOnly(professional(claim), Code.DUPLICATE_LINE_CONTROL_NUMBER,
                "claimInformation.serviceLines[1].lineItemControlNumber");
    }

    @Test
    void diagnosisPointerMustNameAnEntry() {
        ObjectNode claim = professional();
        at(claim, POINTERS).set("diagnosisCodePointers", array("1", "3"));
        assertOnly(professional(claim), Code.DIAGNOSIS_POINTER_INVALID, POINTERS + ".diagnosisCodePointers[1]");
    }

    @Test
    void diagnosisPointerNotTwice() {
        ObjectNode claim = professional();
        at(claim, POINTERS).set("diagnosisCodePointers", array("2", "1", "2"));
        assertOnly(professional(claim), Code.DIAGNOSIS_POINTER_DUPLICATE, POINTERS + ".diagnosisCodePointers[2]");
    }

    @Test
    void atLeastOneDiagnosisPointer() {
        ObjectNode claim = professional();
        at(claim, POINTERS).set("diagnosisCodePointers", array());
        assertOnly(professional(claim), Code.DIAGNOSIS_POINTER_COUNT, POINTERS + ".diagnosisCodePointers");
    }

    @Test
    void atMostFourDiagnosisPointersInCode() {
        Claim claim = bound(ClaimKind.PROFESSIONAL, professional());
        ClaimInformation info = claim.claimInformation();
        List<Diagnosis> dx = new ArrayList<>(info.diagnoses());
        for (String code : new String[] {"I10", "E119", "R0602"}) {
            dx.add(new Diagnosis("ABF", code, null));
        }
        ServiceLine line = info.serviceLines().get(0);
        ProfessionalService ps = with(line.professionalService(), "diagnosisCodePointers",
                List.of("1", "2", "3", "4", "5"));
        List<ServiceLine> lines = new ArrayList<>(info.serviceLines());
        lines.set(0, with(line, "professionalService", ps));
        info = with(with(info, "diagnoses", dx), "serviceLines", lines);
        assertEquals(List.of("DIAGNOSIS_POINTER_COUNT " + POINTERS + ".diagnosisCodePointers"),
                rules(with(claim, "claimInformation", info)));
    }

    @Test
    void institutionalLineNeedsRevenueCode() {
        Claim claim = bound(ClaimKind.INSTITUTIONAL, institutional());
        ClaimInformation info = claim.claimInformation();
        ServiceLine line = info.serviceLines().get(1);
        List<ServiceLine> lines = new ArrayList<>(info.serviceLines());
        lines.set(1, with(line, "institutionalService", with(line.institutionalService(), "serviceLineRevenueCode", null)));
        assertEquals(List.of("REVENUE_CODE_REQUIRED claimInformation.serviceLines[1].institutionalService"
                + ".serviceLineRevenueCode"), rules(with(claim, "claimInformation", with(info, "serviceLines", lines))));
        // From JSON the schema's required field reports it, once.
        ObjectNode json = institutional();
        at(json, "claimInformation.serviceLines[1].institutionalService").remove("serviceLineRevenueCode");
        assertOnly(institutional(json), Code.MISSING_REQUIRED,
                "claimInformation.serviceLines[1].institutionalService.serviceLineRevenueCode");
    }

    @Test
    void drugIdentificationNeedsN4() {
        ObjectNode claim = professional();
        at(claim, "claimInformation.serviceLines[1].drugIdentification").put("serviceIdQualifier", "EN");
        assertOnly(professional(claim), Code.DRUG_IDENTIFICATION_INCOMPLETE,
                "claimInformation.serviceLines[1].drugIdentification.serviceIdQualifier");
    }

    @Test
    void drugIdentificationNeedsQuantityAndUnit() {
        Claim claim = bound(ClaimKind.PROFESSIONAL, professional());
        ClaimInformation info = claim.claimInformation();
        ServiceLine line = info.serviceLines().get(1);
        Drug drug = with(with(line.drugIdentification(), "unitCount", null), "measurementUnitCode", null);
        List<ServiceLine> lines = new ArrayList<>(info.serviceLines());
        lines.set(1, with(line, "drugIdentification", drug));
        String base = "claimInformation.serviceLines[1].drugIdentification.";
        assertEquals(List.of("DRUG_IDENTIFICATION_INCOMPLETE " + base + "nationalDrugUnitCount",
                "DRUG_IDENTIFICATION_INCOMPLETE " + base + "measurementUnitCode"),
                rules(with(claim, "claimInformation", with(info, "serviceLines", lines))));
    }
}
