package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.remit.ClaimPayment;
import io.claimgate.x12.remit.Remittance;
import io.claimgate.x12.remit.RemittanceHeader;
import io.claimgate.x12.remit.RemittanceSummary;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reversals and corrections, balancing issues, other delimiters, and a large 835 read a claim at a time. */
class RemittanceScenarioTest {
    private static final String ISA = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*US             *240102*0930*^*00501*000000001*0*P*:~";

    private static String envelope(String... body) {
        StringBuilder sb = new StringBuilder(ISA).append("GS*HP*PAYER*US*20240102*0930*1*X*005010X221A1~ST*835*0001~");
        for (String s : body) {
            sb.append(s).append('~');
        }
        return sb.append("SE*").append(body.length + 2).append("*0001~GE*1*1~IEA*1*000000001~").toString();
    }

    @Test
    void reversalThenCorrection() {
        InboundFile f = InboundSamples.readText(envelope(
                "BPR*I*20*C*ACH*CCP*01*111*DA*22*1234567890**01*333*DA*44*20240102", "TRN*1*EFT1*1234567890",
                "N1*PR*PAYER", "N1*PE*CLINIC*XX*1234567893", "LX*1",
                "CLP*PCN-1*22*-100*-80**12*PAYER-1", "CAS*CO*45*-20",
                "CLP*PCN-1*1*100*100**12*PAYER-1",
                "CLP*PCN-2*1*50*0*50*12*PAYER-2", "CAS*PR*1*50"));
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        Remittance r = f.remittances().get(0);
        assertEquals(List.of(ClaimPayment.Kind.REVERSAL, ClaimPayment.Kind.CORRECTION, ClaimPayment.Kind.ORIGINAL),
                r.claims().stream().map(ClaimPayment::kind).toList());
        assertTrue(r.claims().get(0).reversal());
        assertEquals("Reversal of Previous Payment", r.claims().get(0).statusDescription());
        assertEquals(0, new BigDecimal("20").compareTo(r.summary().paidTotal()));
        assertTrue(r.summary().balanced());
    }

    @Test
    void unbalancedAtEveryLevelGivesPositionedIssues() {
        InboundFile f = InboundSamples.readText(envelope(
                "BPR*I*999*C*CHK************20240102", "TRN*1*CHK1*1234567890", "N1*PR*PAYER", "N1*PE*CLINIC",
                "CLP*PCN-1*1*100*70**12*P1", "CAS*CO*45*10",
                "SVC*HC:99213*100*70", "CAS*CO*45*25",
                "PLB*1234567893*20241231*L6:X*-5"));
        Remittance r = f.remittances().get(0);
        assertFalse(r.summary().balanced());
        List<X12Issue> balance = f.issues().stream().filter(i -> i.error() == X12Error.AMOUNTS_DO_NOT_BALANCE).toList();
        assertEquals(3, balance.size(), f.issues().toString());
        assertEquals("SVC03", balance.get(0).position().reference());  // 100 - 70 = 30, line CAS 25
        assertEquals(10, balance.get(0).position().segmentIndex());
        assertEquals("CLP04", balance.get(1).position().reference());  // 100 - 70 = 30, claim 10 + line 25
        assertEquals("BPR02", balance.get(2).position().reference());  // 999 vs 70 - (-5) = 75
        assertTrue(balance.get(2).message().contains("75"), balance.get(2).message());
        assertEquals(0, new BigDecimal("-5").compareTo(r.summary().providerAdjustmentTotal()));
        assertEquals("Interest Owed", r.adjustments().get(0).items().get(0).reasonDescription());
        assertEquals(X12Error.Level.TRANSACTION, X12Error.AMOUNTS_DO_NOT_BALANCE.level());
    }

    @Test
    void unreadableAmountsAreReportedNotThrown() {
        InboundFile f = InboundSamples.readText(envelope(
                "BPR*I*1E3*C*CHK************2024013X", "CLP*PCN-1*1*ABC**", "CAS*CO**12", "SVC*HC:1*+5*x"));
        Remittance r = f.remittances().get(0);
        assertEquals(1, r.claims().size());
        List<String> refs = f.issues().stream().map(i -> i.error() + " " + i.position().reference()).toList();
        assertTrue(refs.contains("INVALID_CHARACTER BPR02"), refs.toString());
        assertTrue(refs.contains("INVALID_DATE BPR16"), refs.toString());
        assertTrue(refs.contains("INVALID_CHARACTER CLP03"), refs.toString());
        assertTrue(refs.contains("REQUIRED_ELEMENT_MISSING CLP04"), refs.toString());
        assertTrue(refs.contains("REQUIRED_ELEMENT_MISSING CAS02"), refs.toString());
        assertTrue(refs.contains("INVALID_CHARACTER SVC02"), refs.toString());
    }

    @Test
    void customDelimitersLineBreaksAndBomReadTheSame() {
        String standard = InboundSamples.text("835/LFH__835_005010X221A1_secondary-payment.835");
        String custom = standard.replace("\n", "").replace("*", "|").replace("^", "!").replace(":", "\\")
                .replace("~", "#\r\n");
        // SVC01 of this file is written with '>' (not ISA16): kept as sent in both forms
        InboundFile a = InboundSamples.readText(standard);
        InboundFile b = InboundSamples.readText("\uFEFF" + custom);
        assertEquals(a.issues().size(), b.issues().size(), b.issues().toString());
        Remittance ra = a.remittances().get(0);
        Remittance rb = b.remittances().get(0);
        assertEquals(ra.summary().paidTotal(), rb.summary().paidTotal());
        assertEquals(ra.claims().size(), rb.claims().size());
        for (int i = 0; i < ra.claims().size(); i++) {
            ClaimPayment x = ra.claims().get(i);
            ClaimPayment y = rb.claims().get(i);
            assertEquals(x.patientControlNumber(), y.patientControlNumber());
            assertEquals(x.adjustments().size(), y.adjustments().size());
            assertEquals(x.lines().size(), y.lines().size());
            for (int l = 0; l < x.lines().size(); l++) {
                assertEquals(x.lines().get(l).procedure(), y.lines().get(l).procedure());
                assertEquals(x.lines().get(l).adjustments().size(), y.lines().get(l).adjustments().size());
            }
        }
        // a component separator that is not ':' splits composites where the ISA says
        InboundFile c = InboundSamples.readText(envelope("BPR*I*10*C*CHK************20240102", "CLP*P*1*10*10**12*X",
                "SVC*HC:99213:25:59*10*10").replace("*:~", "*>~").replace("HC:99213:25:59", "HC>99213>25>59"));
        assertEquals(List.of("25", "59"), c.remittances().get(0).claims().get(0).lines().get(0).procedure().modifiers());
        assertTrue(c.issues().isEmpty(), c.issues().toString());
    }

    @Test
    void manyClaimsAreHandedOutOneAtATime() {
        int claims = 20_000;
        String head = ISA + "GS*HP*PAYER*US*20240102*0930*1*X*005010X221A1~ST*835*0001~BPR*I*" + claims * 10
                + "*C*CHK************20240102~TRN*1*CHK1*1~N1*PR*PAYER~N1*PE*CLINIC~";
        String claim = "CLP*PCN*1*12.50*10**12*PAYER~SVC*HC:99213*12.50*10~CAS*PR*1*2.50~";
        String tail = "SE*" + (claims * 3 + 6) + "*0001~GE*1*1~IEA*1*000000001~";
        List<InputStream> parts = new ArrayList<>();
        parts.add(stream(head));
        IntStream.range(0, claims).forEach(i -> parts.add(stream(claim)));
        parts.add(stream(tail));
        int[] seen = {0};
        RemittanceSummary[] summary = {null};
        List<X12Issue> issues = new ArrayList<>();
        InboundResult result = InboundReader.read(new SequenceInputStream(Collections.enumeration(parts)), new InboundListener() {
            @Override
            public void claim(RemittanceHeader header, ClaimPayment c) {
                seen[0]++;
            }

            @Override
            public void trailer(RemittanceSummary s) {
                summary[0] = s;
            }

            @Override
            public void issue(X12Issue issue) {
                issues.add(issue);
            }
        });
        assertTrue(issues.isEmpty(), issues.size() + " issues, first " + issues.stream().limit(3).toList());
        assertTrue(result.clean());
        assertEquals(claims, seen[0]);
        assertEquals(claims, summary[0].claims());
        assertEquals(0, new BigDecimal(claims * 10).compareTo(summary[0].paidTotal()));
        assertTrue(summary[0].balanced());
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }
}
