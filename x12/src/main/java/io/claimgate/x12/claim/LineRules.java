package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;
import io.claimgate.x12.codes.CalendarDates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.claimgate.x12.claim.RuleContext.blank;

/**
 * WEDI SNIP level 4, service lines (loop 2400):
 *
 * <ul>
 * <li>DTP*472 RD8: the service end date is not before the service date.</li>
 * <li>837I: the service dates lie within the DTP*434 statement period.</li>
 * <li>REF*6R line item control numbers are unique within the claim.</li>
 * <li>837P SV107 diagnosis pointers: 1 to 4 per line, each naming an existing {@code healthCareCodeInformation}
 *     entry (1-based), none twice.</li>
 * <li>837I SV201 revenue code present.</li>
 * <li>2410 drug identification: LIN02 N4 with LIN03 the NDC, CTP04 quantity and CTP05-1 unit.</li>
 * </ul>
 */
final class LineRules {
    private static final int MAX_POINTERS = 4;

    private LineRules() {
    }

    static void check(RuleContext c) {
        if (c.info == null) {
            return;
        }
        List<ServiceLine> lines = c.info.serviceLines();
        Set<String> controlNumbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            dates(c, i, line);
            String control = line.lineItemControlNumber();
            if (!blank(control) && !controlNumbers.add(control)) {
                c.error(Code.DUPLICATE_LINE_CONTROL_NUMBER, c.paths.lineControlNumber(i),
                        "must be unique within the claim; an earlier line has the same one");
            }
            if (line.professionalService() != null) {
                pointers(c, i, line.professionalService().diagnosisCodePointers());
            }
            if (line.institutionalService() != null && blank(line.institutionalService().serviceLineRevenueCode())) {
                c.error(Code.REVENUE_CODE_REQUIRED, ClaimPaths.line(i) + ".institutionalService.serviceLineRevenueCode",
                        "required on every institutional service line");
            }
            if (line.drugIdentification() != null) {
                drug(c, i, line.drugIdentification());
            }
        }
    }

    private static void dates(RuleContext c, int i, ServiceLine line) {
        String from = line.serviceDate();
        String to = line.serviceDateEnd();
        if (CalendarDates.date(from) && CalendarDates.date(to) && to.compareTo(from) < 0) {
            c.error(Code.DATE_RANGE_REVERSED, ClaimPaths.line(i) + ".serviceDateEnd", "must not be before serviceDate");
        }
        ClaimDates claimDates = c.info.claimDateInformation();
        if (c.professional() || claimDates == null) {
            return;
        }
        String begin = claimDates.statementBeginDate();
        String end = claimDates.statementEndDate();
        if (!CalendarDates.date(begin) || !CalendarDates.date(end)) {
            return;
        }
        String message = "must lie within the statement period (statementBeginDate to statementEndDate)";
        if (CalendarDates.date(from) && (from.compareTo(begin) < 0 || from.compareTo(end) > 0)) {
            c.error(Code.SERVICE_DATE_OUTSIDE_STATEMENT, ClaimPaths.line(i) + ".serviceDate", message);
        }
        if (CalendarDates.date(to) && (to.compareTo(begin) < 0 || to.compareTo(end) > 0)) {
            c.error(Code.SERVICE_DATE_OUTSIDE_STATEMENT, ClaimPaths.line(i) + ".serviceDateEnd", message);
        }
    }

    private static void pointers(RuleContext c, int i, List<String> pointers) {
        String path = ClaimPaths.line(i) + ".professionalService.compositeDiagnosisCodePointers.diagnosisCodePointers";
        if (pointers.isEmpty() || pointers.size() > MAX_POINTERS) {
            c.error(Code.DIAGNOSIS_POINTER_COUNT, path, "1 to " + MAX_POINTERS + " diagnosis pointers per line");
        }
        int diagnoses = c.info.diagnoses().size();
        Set<Integer> seen = new HashSet<>();
        for (int k = 0; k < pointers.size(); k++) {
            int pointer = number(pointers.get(k));
            if (pointer < 1 || pointer > diagnoses) {
                c.error(Code.DIAGNOSIS_POINTER_INVALID, path + "[" + k + "]",
                        "must be the 1-based position of an entry of healthCareCodeInformation");
            } else if (!seen.add(pointer)) {
                c.error(Code.DIAGNOSIS_POINTER_DUPLICATE, path + "[" + k + "]", "points at the same diagnosis twice");
            }
        }
    }

    /** The pointer as a number 1..99, or -1 when it is not 1 or 2 digits. */
    private static int number(String pointer) {
        if (pointer == null || pointer.isEmpty() || pointer.length() > 2) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < pointer.length(); i++) {
            char ch = pointer.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private static void drug(RuleContext c, int i, Drug drug) {
        String base = ClaimPaths.line(i) + ".drugIdentification";
        if (!"N4".equals(drug.serviceIdQualifier())) {
            c.error(Code.DRUG_IDENTIFICATION_INCOMPLETE, base + ".serviceIdQualifier",
                    "must be N4 (National Drug Code in 5-4-2 format)");
        }
        if (blank(drug.nationalDrugCode())) {
            c.error(Code.DRUG_IDENTIFICATION_INCOMPLETE, base + ".nationalDrugCode", "required with drug identification");
        }
        if (drug.unitCount() == null) {
            c.error(Code.DRUG_IDENTIFICATION_INCOMPLETE, base + ".nationalDrugUnitCount",
                    "required with drug identification");
        }
        if (blank(drug.measurementUnitCode())) {
            c.error(Code.DRUG_IDENTIFICATION_INCOMPLETE, base + ".measurementUnitCode",
                    "required with drug identification");
        }
    }
}
