package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte-level value readers of {@link Segment} agree with the String ones. */
class SegmentValuesTest {
    private static final Delimiters D = new Delimiters('*', ':', '^', '~');

    @Test
    void shortDecimalsPackValueAndScaleOrDecline() {
        String[] values = {"0", "-0", "12", "12.5", "12.50", "-7.25", ".5", "5.", "-.25", "9999999999999",
            "-99999999999.99", "0.001", "99999999999999", "1.2.3", "+5", "1E3", "-", ".", "", "12a", "é1"};
        for (String v : values) {
            long bits = Segment.of(D, "AMT", "B6", v).shortDecimal(2);
            BigDecimal expected = expected(v);
            if (expected == null) {
                assertEquals(Segment.NOT_SHORT_DECIMAL, bits, v);
            } else {
                assertEquals(expected, BigDecimal.valueOf(bits >> 2, (int) bits & 3), v); // equals: value and scale
            }
        }
    }

    /**
     * Values of up to eight bytes followed by more bytes are read eight bytes at a time; random ones (digits, points,
     * minus signs, other bytes) read as BigDecimal reads them, there and as the segment's last element.
     */
    @Test
    void shortDecimalsReadEightBytesAtATimeAsBigDecimalReadsThem() {
        java.util.Random random = new java.util.Random(835);
        String alphabet = "0123456789..-x:";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder v = new StringBuilder();
            for (int k = 1 + random.nextInt(10); k > 0; k--) {
                v.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = v.toString();
            BigDecimal expected = expected(value);
            for (Segment s : new Segment[] {Segment.of(D, "AMT", value, "B6 and more bytes after"), Segment.of(D, "AMT", value)}) {
                long bits = s.shortDecimal(1);
                if (expected == null) {
                    assertEquals(Segment.NOT_SHORT_DECIMAL, bits, value);
                } else {
                    assertEquals(expected, BigDecimal.valueOf(bits >> 2, (int) bits & 3), value);
                }
            }
        }
    }

    /** A type-R decimal of at most 13 digits and 2 decimals, as BigDecimal reads it; null for anything else. */
    private static BigDecimal expected(String v) {
        if (!v.matches("-?[0-9]*\\.?[0-9]*") || v.chars().noneMatch(Character::isDigit)) {
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        return v.chars().filter(Character::isDigit).count() <= 13 && d.scale() <= 2 ? d : null;
    }

    @Test
    void digitsAndIdCodes() {
        Segment s = Segment.of(D, "DTM", "472", "20240229", "2024-01", "", "1234567890123456789");
        assertEquals(472, s.digits(1));
        assertEquals(20240229, s.digits(2));
        assertEquals(-1, s.digits(3));
        assertEquals(-1, s.digits(4));
        assertEquals(-1, s.digits(5)); // 19 digits: more than a long is sure to hold
        assertEquals('D' << 16 | 'T' << 8 | 'M', s.idCode());
        assertEquals('L' << 16 | 'X' << 8, Segment.of(D, "LX", "1").idCode());
        assertEquals(-1, Segment.of(D, "lx", "1").idCode());
        assertEquals("LX", Segment.of(D, "LX", "1").id());
    }

    /** Eight-byte values (dates) are read eight bytes at a time: every byte that is not a digit, at every place. */
    @Test
    void eightDigitsReadAsTheDigitLoopReadsThem() {
        assertEquals(20240229, ElementNumbers.eightDigits(0x3932323034323032L)); // "20240229", first byte lowest
        for (int at = 0; at < 8; at++) {
            for (int b = 0; b < 256; b++) {
                byte[] value = "20240229".getBytes(StandardCharsets.ISO_8859_1);
                value[at] = (byte) b;
                byte[] padded = new byte[12]; // the value first: read with one long
                System.arraycopy(value, 0, padded, 0, 8);
                long expected = b >= '0' && b <= '9' ? Long.parseLong(new String(value, StandardCharsets.ISO_8859_1)) : -1;
                assertEquals(expected, ElementNumbers.digits(padded, 0, 8), at + ": " + b);
                assertEquals(expected, ElementNumbers.digits(value, 0, 8), at + ": " + b); // at the end: byte by byte
            }
        }
        assertEquals(99999999, ElementNumbers.digits("99999999".getBytes(StandardCharsets.ISO_8859_1), 0, 8));
        assertEquals(0, ElementNumbers.digits("00000000 ".getBytes(StandardCharsets.ISO_8859_1), 0, 8));
    }

    @Test
    void componentsAsComponentGivesThem() {
        String[] values = {"HC:99213:25::59", "HC", "HC:99213^NU:0450", ":", "HC:é1:25:XU", ""};
        for (String v : values) {
            Segment s = Segment.of(D, "SVC", v, "100");
            String[] parts = new String[7];
            s.components(1, parts);
            String[] expected = new String[7];
            for (int c = 1; c <= 7; c++) {
                expected[c - 1] = s.component(1, c);
            }
            assertArrayEquals(expected, parts, v);
        }
    }

    /** Short values (read four bytes at a time) and long ones, ASCII or not, at the end of the buffer or not. */
    @Test
    void elementsReadTheSameFromTheReaderAndFromCopies() throws Exception {
        String text = "ISA*00*          *00*          *ZZ*A              *ZZ*B              *240101*1200*^*00501*000000001*0*P*:~"
                + "GS*HP*A*B*20240101*1200*1*X*005010X221A1~ST*835*0001~NM1*QC*1*Zoë*AB*C***MI*A1~"
                + "REF*EA*1~REF*EA*12~REF*EA*123~REF*EA*1234~REF*EA*12345~SE*8*0001~GE*1*1~IEA*1*000000001~";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try (X12Reader reader = X12Reader.of(new ByteArrayInputStream(bytes))) {
            while (reader.next()) {
                Segment s = reader.segment();
                Segment copy = s.copy();
                String[] fields = s.toString().split("\\*", -1);
                for (int i = 1; i < fields.length; i++) {
                    assertEquals(fields[i], s.element(i), s + " " + i);
                    assertEquals(fields[i], copy.element(i), s + " " + i);
                }
            }
        }
    }
}
