package io.claimgate.x12.remit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.x12.inbound.ElementReader;
import io.claimgate.x12.inbound.TransactionRef;
import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.Position;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Balancing and totals done in hundredths ({@link Cents}) give what the BigDecimal way gives: the same totals
 * (value and scale) and the same balancing issues, including for amounts with three decimals or many digits,
 * which leave the fast path.
 */
class CentsTest {
    private static final Delimiters D = new Delimiters('*', ':', '^', '~');
    private static final String[] AMOUNTS = {"0", "0.00", "12", "12.5", "12.50", "-7.25", "100.001", "0.005",
        "99999999999.99", "1234567890123.45", "-1234567890123456.7", ".5", "5.", "3"};

    @Test
    void totalsHaveTheValueAndScaleOfBigDecimalSums() {
        Random random = new Random(835);
        for (int run = 0; run < 2000; run++) {
            Cents.Total total = new Cents.Total();
            BigDecimal expected = BigDecimal.ZERO;
            ElementReader values = new ElementReader(i -> { });
            for (int k = random.nextInt(6); k >= 0; k--) {
                String v = AMOUNTS[random.nextInt(AMOUNTS.length)];
                BigDecimal d = values.requiredAmount(Segment.of(D, "CLP", "A", "1", v), 3, "amount");
                total.add(d, values.lastCents());
                expected = expected.add(new BigDecimal(v));
            }
            assertEquals(expected, total.value()); // equals: value and scale
        }
    }

    @Test
    void lastCentsIsExactOrNone() {
        ElementReader values = new ElementReader(i -> { });
        for (String v : AMOUNTS) {
            values.amount(Segment.of(D, "AMT", "B6", v), 2);
            BigDecimal d = new BigDecimal(v);
            long expected = d.scale() <= 2 && d.precision() <= 13 ? d.movePointRight(2).longValueExact() : Cents.NONE;
            assertEquals(expected, values.lastCents(), v);
        }
        values.amount(Segment.of(D, "AMT", "B6", "x"), 2);
        assertEquals(Cents.NONE, values.lastCents());
    }

    /** Random claims, some balancing and some not: the issues match a plain BigDecimal check of the same numbers. */
    @Test
    void balancingIssuesMatchBigDecimalArithmetic() {
        Random random = new Random(221);
        String[] amounts = {"10", "10.00", "2.5", "7.5", "0.001", "0.009", "12345678901234.5", "-3", "0"};
        for (int run = 0; run < 3000; run++) {
            List<Segment> segments = new ArrayList<>();
            String charge = amounts[random.nextInt(amounts.length)];
            String paid = amounts[random.nextInt(amounts.length)];
            segments.add(Segment.of(D, "CLP", "PCN", "1", charge, paid));
            BigDecimal claimSide = new BigDecimal(charge).subtract(new BigDecimal(paid));
            BigDecimal allCas = BigDecimal.ZERO;
            int expectedIssues = 0;
            for (int c = random.nextInt(2); c > 0; c--) {
                String a = amounts[random.nextInt(amounts.length)];
                segments.add(Segment.of(D, "CAS", "CO", "45", a));
                allCas = allCas.add(new BigDecimal(a));
            }
            for (int l = random.nextInt(3); l > 0; l--) {
                String lc = amounts[random.nextInt(amounts.length)];
                String lp = amounts[random.nextInt(amounts.length)];
                segments.add(Segment.of(D, "SVC", "HC:99213", lc, lp));
                BigDecimal lineCas = BigDecimal.ZERO;
                for (int c = random.nextInt(3); c > 0; c--) {
                    String a = random.nextBoolean() ? amounts[random.nextInt(amounts.length)]
                            : new BigDecimal(lc).subtract(new BigDecimal(lp)).toPlainString();
                    segments.add(Segment.of(D, "CAS", "CO", "45", a, "", "42", a));
                    lineCas = lineCas.add(new BigDecimal(a)).add(new BigDecimal(a));
                }
                if (new BigDecimal(lc).subtract(new BigDecimal(lp)).compareTo(lineCas) != 0) {
                    expectedIssues++;
                }
                allCas = allCas.add(lineCas);
            }
            if (claimSide.compareTo(allCas) != 0) {
                expectedIssues++;
            }
            List<X12Issue> issues = new ArrayList<>();
            ElementReader values = new ElementReader(issues::add);
            RemittanceParser parser = new RemittanceParser(new TransactionRef("1", "S", "R", "1", "005010X221A1", "835",
                    "0001", "", Position.NONE), values, new RemittanceListener() { });
            parser.segment(Segment.of(D, "BPR", "I", "0", "C", "CHK"));
            segments.forEach(parser::segment);
            parser.end(null);
            long balancing = issues.stream().filter(i -> i.error() == X12Error.AMOUNTS_DO_NOT_BALANCE
                    && !i.position().segmentId().equals("BPR")).count();
            assertEquals(expectedIssues, balancing, segments + " " + issues);
        }
    }
}
