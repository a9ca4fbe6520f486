package io.claimgate.x12.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimgate.x12.syntax.Dates;
import io.claimgate.x12.syntax.Delimiters;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast paths of {@link ElementReader} give exactly what the general parsers give. */
class ElementReaderTest {
    private static final Delimiters D = new Delimiters('*', ':', '^', '~');

    /** The reference: the X12 R syntax check, then BigDecimal's own parser (same value and scale). */
    private static BigDecimal reference(String v) {
        return v.matches("-?[0-9]*\\.?[0-9]*") && v.chars().filter(Character::isDigit).count() >= 1
                && v.chars().filter(Character::isDigit).count() <= 30 ? new BigDecimal(v) : null;
    }

    @Test
    void decimalsReadAsBigDecimalWouldReadThem() {
        String[] values = {"0", "-0", "-0.00", "12", "12.5", "12.50", ".5", "5.", "-.25", "100.00", "-1234567.89",
            "123456789012345678", "1234567890123456789", "-99999999999999999.99", "1.5E3", "+5", "1.2.3", "-", ".",
            "12a", "1 2", "é1", "0000012.340", "123456789012345678901234567890", "1234567890123456789012345678901"};
        for (String v : values) {
            BigDecimal expected = reference(v);
            assertEquals(expected, ElementReader.parseDecimal(v), v);
            List<X12Issue> issues = new ArrayList<>();
            BigDecimal read = new ElementReader(issues::add).amount(Segment.of(D, "AMT", "B6", v), 2);
            // not X12, but read as a payer meant it (and still reported): "1.5E3", "+5"
            assertEquals(expected != null ? expected : ElementReader.lenientDecimal(v), read, v);
            assertEquals(expected == null ? 1 : 0, issues.size(), v);
            if (expected != null) {
                assertEquals(expected.scale(), read.scale(), v);
            }
        }
    }

    @Test
    void numbersX12DoesNotAllowAreReadAsMeantAndReported() {
        String[][] cases = {{" 12.50", "12.50"}, {"12.50 ", "12.50"}, {"+5", "5"}, {"1E2", "100"}, {"-2.5e1", "-25"},
            {"1 2", null}, {"12a", null}, {"1,000", null}, {" ", null}, {"1E999", null}};
        for (String[] c : cases) {
            List<X12Issue> issues = new ArrayList<>();
            BigDecimal read = new ElementReader(issues::add).amount(Segment.of(D, "AMT", "B6", c[0]), 2);
            if (c[1] == null) {
                assertNull(read, c[0]);
            } else {
                assertEquals(0, new BigDecimal(c[1]).compareTo(read), c[0]);
                assertEquals("AMT02 is not an X12 decimal number; read as " + read.toPlainString(), issues.get(0).message());
            }
            assertEquals(1, issues.size(), c[0]);
            assertEquals(X12Error.INVALID_CHARACTER, issues.get(0).error(), c[0]);
        }
    }

    @Test
    void datesReadAsDatesParseWouldReadThem() {
        String[] values = {"20240229", "20230229", "19000229", "20000229", "20241231", "20241301", "20240001",
            "20240100", "20240431", "00000101", "99991231", "2024010", "202401011", "2024O101", "2024-1-1", ""};
        for (String v : values) {
            List<X12Issue> issues = new ArrayList<>();
            var read = new ElementReader(issues::add).date(Segment.of(D, "DTM", "472", v), 2);
            assertEquals(v.isEmpty() ? null : Dates.parse(v), read, v);
            assertEquals(v.isEmpty() || Dates.parse(v) != null ? 0 : 1, issues.size(), v);
            if (!issues.isEmpty()) {
                assertEquals(X12Error.INVALID_DATE, issues.get(0).error(), v);
            }
        }
    }

    @Test
    void proceduresSplitAsComponentsWould() {
        String[] values = {"HC:99213", "HC:99213:25:59:GT:XU:Office visit", "HC:99213::59", "HC:99213^HC:99214",
            "HC", ":99213", "HC:99213:25:59:GT:XU:Desc:extra", "HC:é1:25", "NU:0450"};
        for (String v : values) {
            Segment s = Segment.of(D, "SVC", v, "100");
            Procedure p = ElementReader.procedure(s, 1);
            assertEquals(s.component(1, 1), p.qualifier(), v);
            assertEquals(s.component(1, 2), p.code(), v);
            assertEquals(s.component(1, 7), p.description(), v);
            List<String> modifiers = new ArrayList<>();
            for (int c = 3; c <= 6; c++) {
                if (!s.component(1, c).isEmpty()) {
                    modifiers.add(s.component(1, c));
                }
            }
            assertEquals(modifiers, p.modifiers(), v);
        }
        assertNull(ElementReader.parseDecimal(""));
        assertEquals(new Procedure("", "", List.of(), ""), ElementReader.procedure(Segment.of(D, "SVC", "", "1"), 1));
    }
}
