package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Envelopes with computed counts, the fixed-width ISA, dropped trailing empties and refused delimiters. */
class X12WriterTest {
    private static final LocalDateTime WHEN = LocalDateTime.of(2024, 3, 5, 9, 7);
    private static final InterchangeHeader ISA = new InterchangeHeader("ZZ", "SUBMITTER", "ZZ", "PAYER", WHEN, 42, false, false);
    private static final GroupHeader GS = new GroupHeader("HC", "SUBMITTER", "PAYER", WHEN, 7, "005010X222A1");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesEnvelopesWithComputedCounts() {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, false);
        w.beginInterchange(ISA);
        w.beginGroup(GS);
        w.beginTransaction("837", "0001", "005010X222A1");
        w.segment("BHT").element("0019").element("00").element("244579").end();
        w.segment("NM1").element("41").element("2").element("PREMIER BILLING").end();
        assertEquals(3, w.segmentCount());
        assertEquals(4, w.endTransaction());
        w.beginTransaction("837", "0002", "005010X222A1");
        assertEquals(2, w.endTransaction());
        w.endGroup();
        w.beginGroup(new GroupHeader("HC", "SUBMITTER", "PAYER", WHEN, 8, "005010X222A1"));
        w.beginTransaction("837", "0001", "005010X222A1");
        w.endTransaction();
        w.endGroup();
        w.endInterchange();
        w.flush();
        String x12 = text();
        String[] segments = x12.split("~");
        assertEquals("ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*PAYER          *240305*0907*^*00501*000000042*0*T*:",
                segments[0]);
        assertEquals("GS*HC*SUBMITTER*PAYER*20240305*0907*7*X*005010X222A1", segments[1]);
        assertEquals("ST*837*0001*005010X222A1", segments[2]);
        assertEquals("SE*4*0001", segments[5]);
        assertEquals("SE*2*0002", segments[7]);
        assertEquals("GE*2*7", segments[8]);
        assertEquals("GE*1*8", segments[12]);
        assertEquals("IEA*2*000000042", segments[13]);
        assertEquals(List.of(), ReadResult.of(x12.getBytes(StandardCharsets.UTF_8)).issues(), "our reader agrees with the counts");
    }

    @Test
    void theIsaIsExactly106CharactersWhateverTheFieldLengths() {
        for (InterchangeHeader h : List.of(ISA,
                new InterchangeHeader("01", "X", "30", "Y", WHEN, 1, true, true),
                new InterchangeHeader("ZZ", "ABCDEFGHIJKLMNO", "ZZ", "123456789012345", WHEN, 999_999_999, false, true))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            X12Writer w = new X12Writer(bytes, new Delimiters('|', '>', (char) 0, '\''), true);
            w.beginInterchange(h);
            w.flush();
            String isa = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(107, isa.length(), "106 characters and the line feed");
            assertTrue(isa.endsWith(">'\n"));
            assertEquals('U', isa.charAt(82), "ISA11 is U when there is no repetition separator");
            ReadResult r = ReadResult.of(bytes.toByteArray());
            assertEquals(new Delimiters('|', '>', (char) 0, '\''), r.delimiters().get(0));
            assertEquals(16, r.segments().get(0).size());
        }
    }

    @Test
    void dropsTrailingEmptyElementsAndComponents() {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, true);
        w.segment("NM1").element("85").element("2").element("BILLING").element("").element(null).skip(3).end();
        w.segment("NM1").element("85").element("").skip(2).element("X").end();
        w.segment("SV1").composite("HC", "99213", "", null, "").amount(new BigDecimal("40.00")).element("UN").end();
        w.segment("SV1").composite("HC", "", "25").composite("", "", null).element("").end();
        w.segment("DTP").composite().repeated("", null).end();
        w.segment("HI").repeated("ABK", "", "ABF").end();
        w.flush();
        assertEquals("NM1*85*2*BILLING~\nNM1*85****X~\nSV1*HC:99213*40*UN~\nSV1*HC::25~\nDTP~\nHI*ABK^^ABF~\n", text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"O*BRIEN", "A:B", "A~B", "A^B", "LINE\nBREAK", "CR\rHERE"})
    void refusesADelimiterOrLineBreakNamingTheFieldAndWritesNothingOfTheSegment(String value) {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, false);
        w.segment("N3").element("1 MAIN ST").end();
        X12WriteException e = assertThrows(X12WriteException.class,
                () -> w.segment("NM1").element("IL").element("1").element(value).element("JANE").end());
        assertEquals("NM103", e.field());
        assertTrue(!e.getMessage().contains(value), "the value (possibly PHI) is not quoted");
        w.segment("N4").element("MIAMI").end();
        w.flush();
        assertEquals("N3*1 MAIN ST~N4*MIAMI~", text());
    }

    @Test
    void refusesADelimiterInAComponentNamingTheComponent() {
        X12Writer w = new X12Writer(out, new Delimiters('|', '>', '!', '\''), false);
        X12WriteException e = assertThrows(X12WriteException.class,
                () -> w.segment("SV1").composite("HC", "99213", "2!5").end());
        assertEquals("SV101-03", e.field());
        w.segment("SV1").composite("HC", "99213*25:A~B^C").end();
        w.flush();
        assertEquals("SV1|HC>99213*25:A~B^C'", text(), "the standard delimiters are plain characters here");
    }

    @Test
    void refusesAnIsaFieldHoldingADelimiter() {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, false);
        X12WriteException e = assertThrows(X12WriteException.class,
                () -> w.beginInterchange(new InterchangeHeader("ZZ", "SUB*MITTER", "ZZ", "PAYER", WHEN, 1, false, true)));
        assertEquals("ISA06", e.field());
        w.flush();
        assertEquals("", text());
    }

    @Test
    void refusesRepetitionsWhenTheInterchangeHasNoRepetitionSeparator() {
        X12Writer w = new X12Writer(out, new Delimiters('*', ':', (char) 0, '~'), false);
        X12WriteException e = assertThrows(X12WriteException.class,
                () -> w.segment("HI").element("X").repeated("A", "B"));
        assertEquals("HI02", e.field());
    }

    @Test
    void writesNonAsciiAsUtf8() {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, false);
        w.segment("NM1").element("IL").element("MÜLLER").element("日本").element("\uD83D\uDE00").end();
        w.flush();
        assertEquals("NM1*IL*MÜLLER*日本*\uD83D\uDE00~", text());
    }

    @Test
    void envelopeCallsOutOfOrderAreBugs() {
        X12Writer w = new X12Writer(out, Delimiters.DEFAULT, false);
        assertThrows(IllegalStateException.class, () -> w.beginGroup(GS));
        w.beginInterchange(ISA);
        assertThrows(IllegalStateException.class, () -> w.beginTransaction("837", "0001", ""));
        assertThrows(IllegalStateException.class, w::endGroup);
        w.beginGroup(GS);
        assertThrows(X12WriteException.class, () -> w.beginTransaction("837", "001", ""));
        w.segment("BHT");
        assertThrows(IllegalStateException.class, () -> w.segment("NM1"), "a segment was not ended");
    }
}
