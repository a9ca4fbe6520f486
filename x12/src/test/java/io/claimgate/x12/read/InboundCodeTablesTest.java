package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.codes.CodeSet;
import io.claimgate.x12.remit.Adjustment;
import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.Remark;
import io.claimgate.x12.remit.Remittance;
import io.claimgate.x12.remit.ServicePayment;
import io.claimgate.x12.status.ClaimAcknowledgement;
import io.claimgate.x12.status.ClaimStatus;
import io.claimgate.x12.status.LineStatus;
import io.claimgate.x12.status.Status;
import io.claimgate.x12.status.StatusCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CARC, RARC, claim status and adjustment group tables read the published wording for well-known codes
 * (checked against the sources named in {@code mappings/codes/README.md}), and every code the real 835 and
 * 277CA samples carry has a description.
 */
class InboundCodeTablesTest {
    @Test
    void wellKnownAdjustmentReasonCodes() {
        CodeSet carc = CodeSet.named("claim-adjustment-reason");
        assertEquals("Deductible Amount.", carc.description("1"));
        assertEquals("Coinsurance Amount.", carc.description("2"));
        assertEquals("Co-payment Amount.", carc.description("3"));
        assertEquals("Claim/service lacks information or has submission/billing error(s).", carc.description("16"));
        assertTrue(carc.description("18").startsWith("Exact duplicate claim/service"));
        assertEquals("The time limit for filing has expired.", carc.description("29"));
        assertEquals("Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement.",
                carc.description("45"));
        assertEquals("These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
                carc.description("50"));
        assertEquals("Non-covered charge(s).", carc.description("96"));
        assertEquals("The benefit for this service is included in the payment/allowance for another service/procedure "
                + "that has already been adjudicated.", carc.description("97"));
        assertEquals("This service/equipment/drug is not covered under the patient's current benefit plan.",
                carc.description("204"));
        assertEquals("Sequestration - reduction in federal payment.", carc.description("253"));
        assertEquals("The procedure code/type of bill is inconsistent with the place of service.", carc.description("5"));
        assertTrue(carc.description("165").contains("deactivated"), "165 was replaced by 287 and 288");
    }

    @Test
    void wellKnownRemarkCodes() {
        CodeSet rarc = CodeSet.named("remittance-remark");
        assertEquals("Consult plan benefit documents/guidelines for information about restrictions for this service.",
                rarc.description("N130"));
        assertEquals("Separately billed services/tests have been bundled as they are considered components of the same "
                + "procedure. Separate payment is not allowed.", rarc.description("M15"));
        assertEquals("Your claim contains incomplete and/or invalid information, and no appeal rights are afforded because "
                + "the claim is unprocessable. Please submit a new claim with the complete/correct information.",
                rarc.description("MA130"));
        assertEquals("Missing/incomplete/invalid prenatal screening information.", rarc.description("N80"));
        assertEquals("Missing/incomplete/invalid attending provider taxonomy.", rarc.description("N251"));
    }

    @Test
    void wellKnownClaimStatusCategoriesAndCodes() {
        CodeSet category = CodeSet.named("claim-status-category");
        assertTrue(category.description("A1").startsWith("Acknowledgement/Receipt-The claim/encounter has been received."));
        assertTrue(category.description("A2").startsWith("Acknowledgement/Acceptance into adjudication system"));
        assertTrue(category.description("A3").startsWith("Acknowledgement/Returned as unprocessable claim"));
        assertTrue(category.description("A4").startsWith("Acknowledgement/Not Found"));
        assertTrue(category.description("A7").startsWith("Acknowledgement/Rejected for Invalid Information"));
        assertEquals("Finalized/Payment-The claim/line has been paid.", category.description("F1"));
        assertEquals("Finalized/Denial-The claim/line has been denied.", category.description("F2"));
        CodeSet status = CodeSet.named("claim-status");
        assertTrue(status.description("19").startsWith("Entity acknowledges receipt of claim/encounter."));
        assertEquals("Accepted for processing.", status.description("20"));
        assertTrue(status.description("21").startsWith("Missing or invalid information."));
        // wording checked against public copies of code list 508 (see the table's # Source: line)
        assertEquals("Cannot provide further status electronically.", status.description("0"));
        assertEquals("For more detailed information, see remittance advice.", status.description("1"));
        assertEquals("More detailed information in letter.", status.description("2"));
        assertEquals("Claim has been adjudicated and is awaiting payment cycle.", status.description("3"));
        assertEquals("Balance due from the subscriber.", status.description("6"));
        assertEquals("One or more originally submitted procedure codes have been combined.", status.description("12"));
        assertEquals("Claim/encounter has been forwarded to entity.", status.description("16"));
        assertEquals("Claim/line has been paid.", status.description("65"));
        assertEquals("Entity's specialty/taxonomy code.", status.description("145"));
        assertEquals("Entity's social security number.", status.description("148"));
        assertEquals("Entity's drug enforcement agency (DEA) number.", status.description("150"));
        assertEquals("Entity's date of birth.", status.description("158"));
        assertTrue(status.description("562").startsWith("Entity's National Provider Identifier (NPI)"));
        // 172-316 were wrong before 2026-11-22; checked against the 2013 copy of list 508 (rwjblue/hippo)
        assertEquals("Transplant recipient's name, date of birth, gender, relationship to insured.", status.description("177"));
        assertEquals("Submitted charges.", status.description("178"));
        assertEquals("Date(s) of service.", status.description("187"));
        assertEquals("NDC number.", status.description("218"));
        assertEquals("Patient discharge status.", status.description("234"));
        assertEquals("Principal diagnosis code.", status.description("254"));
        assertEquals("Medical notes/report.", status.description("297"));
        assertEquals("Claim combined with other claim(s).", status.description("103"));
        // codes clearinghouses send in 277CA rejections, added from the list
        assertEquals("Procedure code for services rendered.", status.description("454"));
        assertEquals("Missing or invalid units of service.", status.description("476"));
        assertEquals("Entity's Postal/Zip Code.", status.description("500"));
        assertEquals("Invalid character.", status.description("511"));
        assertEquals("Claim/service not submitted within the required timeframe (timely filing).", status.description("718"));
        assertTrue(status.description("220").endsWith("(deactivated 07/01/2011)"));
        CodeSet group = CodeSet.named("claim-adjustment-group");
        assertEquals("Contractual Obligations", group.description("CO"));
        assertEquals("Patient Responsibility", group.description("PR"));
        assertEquals("Other adjustments", group.description("OA"));
        assertEquals("Payor Initiated Reductions", group.description("PI"));
    }

    @Test
    void everyCodeInTheSamplesHasADescription() {
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path p : InboundSamples.all()) {
            String name = p.getParent().getFileName() + "/" + p.getFileName();
            InboundFile f = InboundSamples.read(name);
            for (Remittance r : f.remittances()) {
                for (ClaimPayment c : r.claims()) {
                    seen += adjustments(name, c.adjustments(), missing) + remarks(name, c.remarks(), missing);
                    for (ServicePayment l : c.lines()) {
                        seen += adjustments(name, l.adjustments(), missing) + remarks(name, l.remarks(), missing);
                    }
                }
            }
            for (ClaimAcknowledgement a : f.claimAcknowledgements()) {
                seen += statuses(name, a.header().receiverStatuses(), missing);
                for (ClaimStatus c : a.claims()) {
                    seen += statuses(name, c.statuses(), missing);
                    for (LineStatus l : c.lines()) {
                        seen += statuses(name, l.statuses(), missing);
                    }
                }
            }
        }
        assertTrue(seen > 40, "the samples carry codes: " + seen);
        assertTrue(missing.isEmpty(), missing.toString());
    }

    private static int adjustments(String file, List<Adjustment> list, List<String> missing) {
        for (Adjustment a : list) {
            check(file, "group " + a.group(), a.groupDescription(), missing);
            check(file, "CARC " + a.reason(), a.reasonDescription(), missing);
        }
        return list.size() * 2;
    }

    private static int remarks(String file, List<Remark> list, List<String> missing) {
        for (Remark r : list) {
            check(file, "RARC " + r.code(), r.description(), missing);
        }
        return list.size();
    }

    private static int statuses(String file, List<Status> list, List<String> missing) {
        int n = 0;
        for (StatusCode c : list.stream().flatMap(s -> s.codes().stream()).toList()) {
            check(file, "category " + c.category(), c.categoryDescription(), missing);
            check(file, "status " + c.code(), c.codeDescription(), missing);
            n += 2;
        }
        return n;
    }

    private static void check(String file, String code, String description, List<String> missing) {
        if (description.isEmpty()) {
            missing.add(file + ": " + code);
        }
    }

    @Test
    void tablesNameTheSourceTheyWereCheckedAgainst() throws java.io.IOException {
        for (String table : List.of("claim-adjustment-reason", "remittance-remark", "claim-status-category",
                "claim-status", "claim-adjustment-group")) {
            String first = java.nio.file.Files.readAllLines(Path.of("../mappings/codes", table + ".tsv")).get(0);
            assertTrue(first.startsWith("# Source:") && first.contains("Checked against"), table + ": " + first);
        }
    }
}
