package io.claimgate.gateway.posting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.gateway.store.ClaimIntake;
import io.claimgate.gateway.store.ClaimPayment;
import io.claimgate.gateway.store.ClaimSearch;
import io.claimgate.gateway.store.ClaimStore;
import io.claimgate.gateway.store.NewClaim;
import io.claimgate.gateway.store.PaymentAdjustment;
import io.claimgate.gateway.store.PaymentLine;
import io.claimgate.gateway.store.Remittance;
import io.claimgate.gateway.store.RemittanceQuery;
import io.claimgate.gateway.store.SubmitterStore;
import io.claimgate.gateway.store.TestDatabases;
import io.claimgate.x12.claim.ClaimKind;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A real 835 (the LFH managed-care sample of x12/src/test/resources/samples/835) posted to a submitter's
 * claims on the real MariaDB and H2: each CLP matched by CLP01 to that submitter's claim, read back at
 * {@code /v1/remittances} with its CAS, lines and dates as the 835 has them; another submitter's claim with
 * the same patient control number is never paid.
 */
class RemittancePostingTest {
    static final Path SAMPLE = Path.of("../x12/src/test/resources/samples/835/LFH__835_005010X221A1_managed-care.835");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneOffset.UTC);

    private static String claim(ClaimStore store, String submitter, String pcn) {
        byte[] body = ("{\"pcn\":\"" + pcn + "\"}").getBytes(StandardCharsets.UTF_8);
        return assertInstanceOf(ClaimIntake.Created.class, store.insert(new NewClaim(submitter, ClaimKind.PROFESSIONAL,
                pcn, "1", "RUSH1", new BigDecimal("800.00"), io.claimgate.gateway.store.Sha256.hex(body), body,
                "test"))).claim().id();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eachClaimPaymentIsPostedToTheSubmittersClaimWithItsDetail(TestDatabases kind) throws Exception {
        try (TestDatabases.Handle h = kind.create()) {
            SubmitterStore submitters = new SubmitterStore(h.database().dataSource(), CLOCK);
            String owner = submitters.add("Remit Owner").orElseThrow().submitterId();
            String other = submitters.add("Remit Other").orElseThrow().submitterId();
            ClaimStore claims = new ClaimStore(h.database().dataSource(), CLOCK);
            String first = claim(claims, owner, "5554555444");
            String second = claim(claims, owner, "8765432112");
            String theirs = claim(claims, other, "5554555444");
            ClaimSearch search = new ClaimSearch(h.database().dataSource());

            RemittancePosting.Result r;
            try (InputStream in = Files.newInputStream(SAMPLE)) {
                r = new RemittancePosting(search, search.outcomes(), CLOCK).post(owner, in);
            }
            assertEquals(2, r.remittanceIds().size());
            assertEquals(List.of(), r.unmatched());

            Remittance paid = search.remittances().find(owner, r.remittanceIds().get(0)).orElseThrow();
            assertEquals(first, paid.claimId());
            ClaimPayment p = paid.payment();
            assertEquals("1", p.claimStatusCode());
            assertEquals(new BigDecimal("800.00"), p.chargeAmount());
            assertEquals(new BigDecimal("450.00"), p.paidAmount());
            assertEquals(new BigDecimal("300.00"), p.patientResponsibility());
            assertEquals("94060555410000", p.payerClaimControlNumber());
            assertEquals("7170066655", p.traceNumber());
            assertEquals("ACH", p.paymentMethod());
            assertEquals("RUSHMORE LIFE", p.payerName());
            assertEquals("RUSH1", p.payerId(), "the 835 names no payer id: the claim's");
            assertEquals("12", p.filingIndicator());
            assertNull(p.paymentDate(), "BPR16 20002316 is no date");
            assertEquals(Instant.parse("2026-11-20T09:30:00Z"), p.receivedAt());
            assertEquals(List.of(new PaymentAdjustment("CO", "A2", new BigDecimal("50.00"), null)), p.adjustments());
            PaymentLine line = p.lines().get(0);
            assertEquals("HC 99211", line.procedureQualifier() + " " + line.procedureCode());
            assertEquals(new BigDecimal("800.00"), line.chargeAmount());
            assertEquals(new BigDecimal("500.00"), line.paidAmount());
            assertEquals(LocalDate.of(2002, 3, 1), line.serviceDate());
            assertEquals(List.of(new PaymentAdjustment("PR", "1", new BigDecimal("300.00"), null)), line.adjustments());

            Remittance two = search.remittances().find(owner, r.remittanceIds().get(1)).orElseThrow();
            assertEquals(second, two.claimId());
            assertEquals(List.of("PR 1 600.00", "CO 45 50.00"), two.payment().lines().get(0).adjustments().stream()
                    .map(a -> a.groupCode() + " " + a.reasonCode() + " " + a.amount()).toList());

            assertEquals(List.of(), search.remittances().list(other, new RemittanceQuery(null, null, null, theirs, null, true,
                    null, 10)).remittances(), "the other submitter's claim with the same number is not paid");

            // Posted for the other submitter, only its claim matches; the second CLP is not its.
            RemittancePosting.Result forOther;
            try (InputStream in = Files.newInputStream(SAMPLE)) {
                forOther = new RemittancePosting(search, search.outcomes(), CLOCK).post(other, in);
            }
            assertEquals(List.of("8765432112"), forOther.unmatched());
            assertEquals(theirs, search.remittances().find(other, forOther.remittanceIds().get(0)).orElseThrow().claimId());
            assertTrue(search.remittances().find(owner, forOther.remittanceIds().get(0)).isEmpty());
        }
    }
}
