package io.claimgate.x12.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Issue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The 835 value classes ({@link ClaimPayment}, {@link ServicePayment}, {@link Adjustment}) keep amounts and positions
 * in compact form: what their accessors give must be what the records they replaced held. Amounts read through
 * {@link ElementReader#amountBits} equal (value and scale) those of {@link ElementReader#amount}, with the same
 * issues; and a claim read from a file equals, hashes, prints and serializes like the same claim made through the
 * public constructor from its accessors' values.
 */
class CompactRecordsTest {
    private static final Delimiters D = new Delimiters('*', ':', '^', '~');
    private static final String[] AMOUNTS = {"", "0", "0.00", "12", "12.5", "12.50", "-7.25", "100.001", "0.005",
        "99999999999.99", "1234567890123.45", "-1234567890123456.7", ".5", "5.", "3", "-0", "1.2.3", "abc", "9999999999999",
        "10000000000000", "-", "."};

    @Test
    void amountBitsGiveTheAmountOfTheBigDecimalReader() {
        for (String v : AMOUNTS) {
            List<X12Issue> bigIssues = new ArrayList<>();
            List<X12Issue> bitsIssues = new ArrayList<>();
            ElementReader big = new ElementReader(bigIssues::add);
            ElementReader bits = new ElementReader(bitsIssues::add);
            Segment s = Segment.of(D, "CLP", "A", "1", v);
            BigDecimal expected = big.amount(s, 3);
            long b = bits.amountBits(s, 3);
            assertEquals(expected, Amount.value(b, bits.lastBig()), v); // equals: the same value and scale
            assertEquals(big.lastCents(), bits.lastCents(), v);
            assertEquals(bigIssues.toString(), bitsIssues.toString(), v);

            bigIssues.clear();
            bitsIssues.clear();
            BigDecimal required = big.requiredAmount(s, 3, "Amount");
            long rb = bits.requiredAmountBits(s, 3, "Amount");
            assertEquals(required, Amount.value(rb, bits.lastBig()), v);
            assertEquals(big.lastCents(), bits.lastCents(), v);
            assertEquals(bigIssues.toString(), bitsIssues.toString(), v);
        }
    }

    @Test
    void bitsOfABigDecimalGiveItBack() {
        for (String v : AMOUNTS) {
            BigDecimal d = ElementReader.parseDecimal(v);
            long b = Amount.bits(d);
            assertEquals(d, Amount.value(b, Amount.big(d)), v);
            assertEquals(d == null, b == Amount.NONE, v);
        }
        assertEquals(Amount.BIG, Amount.bits(new BigDecimal("1E+3"))); // a negative scale is kept as it is
        assertEquals(new BigDecimal("1E+3"), Amount.value(Amount.BIG, Amount.big(new BigDecimal("1E+3"))));
        assertNull(Amount.big(new BigDecimal("12.34")));
    }

    @Test
    void claimsReadEqualTheSameClaimsMadeFromTheirValues() throws IOException {
        ObjectMapper json = new ObjectMapper().registerModule(new SimpleModule() // as `claimgate read` writes dates
                .addSerializer(LocalDate.class, ToStringSerializer.instance));
        int claims = 0;
        int lines = 0;
        int adjustments = 0;
        for (ClaimPayment c : claimsOfTheSamples()) {
            ClaimPayment copy = copy(c);
            assertEquals(c, copy, c.patientControlNumber());
            assertEquals(copy, c);
            assertEquals(c.hashCode(), copy.hashCode());
            assertEquals(c.toString(), copy.toString());
            assertEquals(json.writeValueAsString(c), json.writeValueAsString(copy));
            assertTrue(c.toString().startsWith("ClaimPayment[kind=" + c.kind() + ", headerNumber="));
            assertEquals("CLP", c.position().segmentId());
            claims++;
            adjustments += c.adjustments().size();
            for (ServicePayment l : c.lines()) {
                assertEquals("SVC", l.position().segmentId());
                lines++;
                adjustments += l.adjustments().size();
                for (Adjustment a : l.adjustments()) {
                    assertEquals("CAS", a.position().segmentId());
                    assertTrue(a.position().element() >= 2);
                }
            }
        }
        assertTrue(claims > 100 && lines > 100 && adjustments > 100, claims + " " + lines + " " + adjustments);
    }

    @Test
    void aChangedValueMakesAnotherClaim() throws IOException {
        List<ClaimPayment> read = new ArrayList<>();
        InboundReader.read(Path.of("src/test/resources/samples/835/edi835parser__emedny_sample.txt"), new InboundListener() {
            @Override
            public void claim(RemittanceHeader header, ClaimPayment claim) {
                read.add(claim);
            }
        });
        ClaimPayment c = read.get(0);
        ClaimPayment other = new ClaimPayment(c.kind(), c.headerNumber(), c.patientControlNumber(), c.status(),
                c.statusDescription(), c.charge(), c.paid().add(new BigDecimal("0.01")), c.patientResponsibility(),
                c.filingIndicator(), c.payerClaimControlNumber(), c.facilityCode(), c.frequency(), c.drgCode(),
                c.patient(), c.insured(), c.correctedPatient(), c.renderingProvider(), c.otherParties(),
                c.statementPeriod(), c.receivedDate(), c.adjustments(), c.remarks(), c.references(), c.amounts(),
                c.lines(), c.position());
        assertFalse(c.equals(other));
        assertFalse(Objects.equals(c.toString(), other.toString()));
    }

    /** Every claim of the 835 samples and of the real 835 files. */
    private static List<ClaimPayment> claimsOfTheSamples() throws IOException {
        List<ClaimPayment> read = new ArrayList<>();
        InboundListener keep = new InboundListener() {
            @Override
            public void claim(RemittanceHeader header, ClaimPayment claim) {
                read.add(claim);
            }
        };
        for (String dir : List.of("src/test/resources/samples/835", "src/test/resources/inbound/real")) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(dir))) {
                for (Path file : files) {
                    InboundReader.read(file, keep);
                }
            }
        }
        return read;
    }

    private static ClaimPayment copy(ClaimPayment c) {
        List<ServicePayment> lines = new ArrayList<>();
        for (ServicePayment l : c.lines()) {
            lines.add(new ServicePayment(l.procedure(), l.charge(), l.paid(), l.revenueCode(), l.unitsPaid(),
                    l.submittedProcedure(), l.unitsBilled(), l.serviceDates(), l.lineItemControlNumber(),
                    l.allowedAmount(), l.references(), copy(l.adjustments()), l.remarks(), l.position()));
        }
        return new ClaimPayment(c.kind(), c.headerNumber(), c.patientControlNumber(), c.status(),
                c.statusDescription(), c.charge(), c.paid(), c.patientResponsibility(), c.filingIndicator(),
                c.payerClaimControlNumber(), c.facilityCode(), c.frequency(), c.drgCode(), c.patient(), c.insured(),
                c.correctedPatient(), c.renderingProvider(), c.otherParties(), c.statementPeriod(), c.receivedDate(),
                copy(c.adjustments()), c.remarks(), c.references(), c.amounts(), lines, c.position());
    }

    private static List<Adjustment> copy(List<Adjustment> adjustments) {
        List<Adjustment> out = new ArrayList<>();
        for (Adjustment a : adjustments) {
            out.add(new Adjustment(a.group(), a.groupDescription(), a.reason(), a.reasonDescription(), a.amount(),
                    a.quantity(), a.position()));
        }
        return out;
    }
}
