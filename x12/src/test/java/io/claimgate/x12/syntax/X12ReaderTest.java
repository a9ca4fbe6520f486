package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Delimiters, byte-order mark, line breaks and several envelopes: what the reader takes from the ISA. */
class X12ReaderTest {

    private static final List<String[]> CLAIM = X12Text.body(
            new String[] {"BHT", "0019", "00", "244579", "20061015", "1023", "CH"},
            new String[] {"NM1", "41", "2", "PREMIER BILLING", "", "", "", "", "46", "TGJ23"},
            new String[] {"HI", "ABK:0340^ABF:V7389"},
            new String[] {"SV1", "HC:99213:25", "40", "UN", "1", "", "", "1"});

    @Test
    void takesStandardDelimitersFromTheIsa() {
        ReadResult r = ReadResult.of(X12Text.standard().interchange("000000001", CLAIM).bytes());
        assertEquals(List.of(), r.issues());
        assertEquals(List.of("ISA", "GS", "ST", "BHT", "NM1", "HI", "SV1", "SE", "GE", "IEA"), r.ids());
        assertEquals(Delimiters.DEFAULT, r.delimiters().get(0));
        Segment sv1 = r.segments().get(6);
        assertEquals("HC:99213:25", sv1.element(1));
        assertEquals("99213", sv1.component(1, 2));
        assertEquals("25", sv1.component(1, 3));
        assertEquals("", sv1.element(5));
        assertEquals(7, sv1.size());
        Segment hi = r.segments().get(5);
        assertEquals(2, hi.repetitionCount(1));
        assertEquals("ABF:V7389", hi.repetition(1, 2));
        assertEquals("V7389", hi.component(1, 2, 2));
    }

    /**
     * Some payers cut the stream into fixed-width lines (80 columns, CR LF) whatever the segments, so line
     * breaks fall inside the ISA, segment ids and amounts; the reader drops them and sees the same segments. At
     * 106 the first break falls right after the ISA terminator, and the next ones inside segments.
     */
    @ParameterizedTest
    @ValueSource(ints = {80, 81, 106, 132, 500})
    void readsAStreamWrappedIntoFixedWidthLines(int width) {
        String flat = X12Text.standard().interchange("000000001", CLAIM).text().replace("\n", "");
        StringBuilder wrapped = new StringBuilder();
        for (int i = 0; i < flat.length(); i += width) {
            wrapped.append(flat, i, Math.min(flat.length(), i + width)).append("\r\n");
        }
        ReadResult expected = ReadResult.of(flat.getBytes(StandardCharsets.ISO_8859_1));
        byte[] bytes = wrapped.toString().getBytes(StandardCharsets.ISO_8859_1);
        ReadResult whole = ReadResult.of(bytes);
        // a trickle of 2 bytes makes some reads hold only a line break
        ReadResult trickled = ReadResult.of(new TrickleInputStream(bytes, 2));
        assertEquals(List.of(), expected.issues());
        assertEquals(expected.texts(), whole.texts());
        assertEquals(List.of(), whole.issues());
        assertEquals(expected.texts(), trickled.texts());
        assertEquals(List.of(), trickled.issues());
    }

    /**
     * An ISA whose ISA16 was left out, with a line break right after its 16th element separator: the line break
     * is the terminator, the component separator falls back to ':', and the empty ISA16 is reported at ISA16.
     */
    @Test
    void anIsaWithoutIsa16EndedByALineBreakIsRead() {
        String flat = X12Text.standard().interchange("000000001", CLAIM).text().replace("\n", "");
        ReadResult expected = ReadResult.of(flat.getBytes(StandardCharsets.ISO_8859_1));
        String lines = flat.replace("~", "\n");
        int isa16 = lines.indexOf('\n') - 1;
        assertEquals(':', lines.charAt(isa16));
        ReadResult r = ReadResult.of((lines.substring(0, isa16) + lines.substring(isa16 + 1)).getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(expected.texts().size(), r.texts().size());
        assertEquals(expected.texts().subList(1, expected.texts().size()), r.texts().subList(1, r.texts().size()));
        assertEquals(new Delimiters('*', ':', '^', '\n'), r.delimiters().get(0));
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals(X12Error.INVALID_COMPONENT_SEPARATOR, r.issues().get(0).error());
        assertEquals("ISA16", r.issues().get(0).position().reference());
    }

    /** One segment per line is not wrapping: the line breaks are between segments and stay out of them. */
    @Test
    void aSegmentPerLineIsNotTakenForWrapping() {
        String flat = X12Text.standard().interchange("000000001", CLAIM).text().replace("\n", "");
        ReadResult r = ReadResult.of(flat.replace("~", "~\r\n").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(ReadResult.of(flat.getBytes(StandardCharsets.ISO_8859_1)).texts(), r.texts());
        assertEquals(List.of(), r.issues());
    }

    @Test
    void takesCustomDelimitersFromTheIsa() {
        byte[] data = X12Text.with('|', '}', "!", '^', "").interchange("000000002", X12Text.body(
                new String[] {"HI", "ABK}0340!ABF}V7389"},
                new String[] {"NM1", "IL", "1", "SMITH*JONES", "JANE:A~B"})).bytes();
        ReadResult r = ReadResult.of(data);
        assertEquals(List.of(), r.issues());
        assertEquals(new Delimiters('|', '}', '!', '^'), r.delimiters().get(0));
        Segment hi = r.segments().get(3);
        assertEquals(2, hi.repetitionCount(1));
        assertEquals("0340", hi.component(1, 1, 2));
        assertEquals("V7389", hi.component(1, 2, 2));
        Segment nm1 = r.segments().get(4);
        assertEquals("SMITH*JONES", nm1.element(3), "the standard delimiters are plain characters here");
        assertEquals("JANE:A~B", nm1.element(4));
    }

    @Test
    void isa11OfUMeansNoRepetitionSeparator() {
        byte[] data = X12Text.with('*', ':', "U", '~', "").interchange("000000003", X12Text.body(
                new String[] {"HI", "ABK:0340^ABF:V7389"})).bytes();
        ReadResult r = ReadResult.of(data);
        assertEquals(List.of(), r.issues());
        assertEquals(new Delimiters('*', ':', (char) 0, '~'), r.delimiters().get(0));
        Segment hi = r.segments().get(3);
        assertEquals(1, hi.repetitionCount(1));
        assertEquals("ABK:0340^ABF:V7389", hi.repetition(1, 1));
        assertEquals("", hi.repetition(1, 2));
        assertEquals("0340^ABF", hi.component(1, 2));
    }

    @Test
    void skipsAUtf8ByteOrderMark() {
        byte[] x12 = X12Text.standard().interchange("000000004", CLAIM).bytes();
        byte[] withBom = new byte[x12.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(x12, 0, withBom, 3, x12.length);
        ReadResult r = ReadResult.of(withBom);
        assertEquals(List.of(), r.issues());
        assertEquals(ReadResult.of(x12).texts(), r.texts());
        assertEquals(3, r.segments().get(0).offset(), "offsets count the mark");
    }

    /**
     * A file saved as UTF-16 ("Unicode" in a Windows editor), with or without a byte-order mark, is read as the text
     * it holds: the same segments and values as its UTF-8 copy, non-ASCII names included (one outside the BMP, a
     * surrogate pair, too), with one warning at the ISA. Reads of 1 to 7 bytes cut characters and pairs in two.
     */
    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE mark", "UTF-16BE mark", "UTF-16LE", "UTF-16BE"})
    void readsUtf16WithOrWithoutAByteOrderMark(String encoding) {
        List<String[]> body = X12Text.body(
                new String[] {"NM1", "85", "2", "CLÍNICA SÃO JOSÉ", "", "", "", "", "XX", "1234567893"},
                new String[] {"NM1", "IL", "1", "MÜLLER", "JÖRG \uD834\uDD1E"});
        String text = X12Text.standard().interchange("000000005", body).text().replace("~", "~\r\n");
        ReadResult utf8 = ReadResult.of(text.getBytes(StandardCharsets.UTF_8));
        boolean little = encoding.startsWith("UTF-16LE");
        byte[] chars = text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] data = chars;
        if (encoding.endsWith("mark")) {
            data = new byte[chars.length + 2];
            data[0] = (byte) (little ? 0xFF : 0xFE);
            data[1] = (byte) (little ? 0xFE : 0xFF);
            System.arraycopy(chars, 0, data, 2, chars.length);
        }
        ReadResult r = ReadResult.of(data);
        assertEquals(List.of(), utf8.issues());
        assertFalse(r.notX12());
        assertEquals(utf8.texts(), r.texts());
        assertEquals("JÖRG \uD834\uDD1E", r.segments().get(4).element(4));
        assertEquals("CLÍNICA SÃO JOSÉ", r.segments().get(3).element(3));
        X12Issue warning = r.only(X12Error.INVALID_INTERCHANGE_CONTENT);
        assertFalse(warning.isError());
        assertEquals("ISA", warning.position().segmentId());
        assertEquals(1, warning.position().segmentIndex());
        assertTrue(warning.message().contains(little ? "UTF-16LE" : "UTF-16BE"), warning.message());
        assertEquals(1, r.issues().size(), r.issues().toString());
        assertEquals(utf8.segments().get(4).offset(), r.segments().get(4).offset(), "offsets count the UTF-8 bytes");
        for (int step = 1; step < 8; step++) {
            assertEquals(utf8.texts(), ReadResult.of(new TrickleInputStream(data, step)).texts(), "step " + step);
        }
    }

    /**
     * Bytes that are not UTF-16 (an odd last byte, a lone surrogate) become U+FFFD; the separator right after a lone
     * surrogate stays a separator.
     */
    @Test
    void brokenUtf16IsReadWithReplacementCharacters() {
        String text = X12Text.standard().interchange("000000006", X12Text.body(
                new String[] {"NM1", "IL", "1", "X\uD800", "Y"})).text();
        byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
        // a lone high surrogate written by hand (the encoder would not write one), and an odd byte at the end
        int lone = text.indexOf('\uD800') * 2;
        chars[lone] = 0x00;
        chars[lone + 1] = (byte) 0xD8;
        byte[] data = java.util.Arrays.copyOf(chars, chars.length + 1);
        data[data.length - 1] = 'Z';
        ReadResult r = ReadResult.of(data);
        assertEquals("X\uFFFD", r.segments().get(3).element(3));
        assertEquals("Y", r.segments().get(3).element(4));
        assertEquals("IEA", r.segments().get(r.segments().size() - 2).id());
        // the odd byte after the IEA is a character of its own, U+FFFD, reported as a segment without terminator
        assertTrue(r.errors().contains(X12Error.PREMATURE_END_OF_FILE), r.issues().toString());
    }

    /**
     * A hand-trimmed ISA (no fixed-width padding) with a line break inside ISA08, in a file of one segment a line (a
     * real Medicaid 835 looks so): the line break after ISA16 is the terminator, the one inside the ISA is dropped
     * with a warning at ISA08, and every later segment is read at its true offset.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void aLineBreakInsideATrimmedIsaIsDroppedWithAWarning(String lineBreak) {
        String rest = X12Text.with('*', ':', "^", '\n', "").raw("GS*HP*S*R*20240101*1200*1*X*005010X221A1\n")
                .transaction("0001", CLAIM).seg("GE", "1", "1").seg("IEA", "1", "000000007").text()
                .replace("\n", lineBreak);
        String isa = "ISA*00* *00* *ZZ*NVMED *ZZ*99999999" + lineBreak + "*240101*1200*^*00501*000000007*0*P*:" + lineBreak;
        ReadResult r = ReadResult.of((isa + rest).getBytes(StandardCharsets.US_ASCII));
        assertFalse(r.notX12());
        assertEquals(List.of("ISA", "GS", "ST", "BHT", "NM1", "HI", "SV1", "SE", "GE", "IEA"), r.ids());
        assertEquals("99999999", r.segments().get(0).element(8));
        assertEquals(":", r.segments().get(0).element(16));
        assertEquals(new Delimiters('*', ':', '^', lineBreak.charAt(0)), r.delimiters().get(0));
        assertEquals(isa.length(), r.segments().get(1).offset(), "the GS where it is in the file");
        X12Issue inside = r.issues().get(0);
        assertEquals(X12Error.ISA_MALFORMED, inside.error());
        assertFalse(inside.isError());
        assertEquals("ISA08", inside.position().reference());
        assertEquals(0, inside.position().byteOffset());
        // the trimmed elements are reported as ISA length errors, nothing else
        assertTrue(r.issues().stream().skip(1).allMatch(i -> i.position().segmentId().equals("ISA")
                && i.message().contains("must be exactly")), r.issues().toString());
    }

    /**
     * A sender that ends every segment with an element separator, the ISA too ({@code ...*P*:*~}): the terminator is
     * the character after those separators, not the separator itself (which made the file "not X12"); the ISA's
     * element count is reported, and the other segments read with an empty last element.
     */
    @Test
    void elementSeparatorsAfterIsa16AreNotTheTerminator() {
        String flat = X12Text.standard().interchange("000000001", CLAIM).text();
        ReadResult r = ReadResult.of(flat.replace("~", "*~\r\n").getBytes(StandardCharsets.US_ASCII));
        assertFalse(r.notX12());
        assertEquals(Delimiters.DEFAULT, r.delimiters().get(0));
        assertEquals(List.of("ISA", "GS", "ST", "BHT", "NM1", "HI", "SV1", "SE", "GE", "IEA"), r.ids());
        assertEquals("", r.segments().get(6).element(8), "SV1 ends with an empty element");
        X12Issue count = r.only(X12Error.INVALID_CONTROL_STRUCTURE);
        assertEquals("ISA", count.position().segmentId());
        assertTrue(count.message().contains("17 elements"), count.message());
    }

    /**
     * Lower-case segment ids ({@code clp*}, {@code Svc*}) are read as the upper-case ids, each with a positioned
     * warning; values keep their case, and what is not an id at all ({@code 1ab}, {@code c-p}) is still an error.
     */
    @Test
    void lowerCaseSegmentIdsAreReadWithAWarning() {
        String flat = X12Text.standard().interchange("000000001", CLAIM).text();
        String lower = flat.replace("~NM1*41*2*PREMIER BILLING", "~nm1*41*2*premier billing").replace("~SV1*", "~Sv1*");
        ReadResult r = ReadResult.of(lower.getBytes(StandardCharsets.US_ASCII));
        assertEquals(ReadResult.of(flat.getBytes(StandardCharsets.US_ASCII)).ids(), r.ids());
        assertEquals("premier billing", r.segments().get(4).element(3));
        assertEquals(2, r.issues().size(), r.issues().toString());
        for (X12Issue i : r.issues()) {
            assertEquals(X12Error.UNRECOGNIZED_SEGMENT, i.error());
            assertFalse(i.isError());
        }
        assertEquals("NM1", r.issues().get(0).position().segmentId());
        assertEquals(5, r.issues().get(0).position().segmentIndex());
        assertTrue(r.issues().get(1).message().contains("'Sv1'"), r.issues().get(1).message());

        ReadResult bad = ReadResult.of(flat.replace("~BHT*", "~1ab*").replace("~HI*", "~c-p*").getBytes(StandardCharsets.US_ASCII));
        assertEquals(2, bad.issues().stream().filter(i -> i.error() == X12Error.UNRECOGNIZED_SEGMENT && i.isError()).count(),
                bad.issues().toString());
    }

    /**
     * A form feed (a page break some systems put between interchanges), a vertical tab or a DOS end-of-file mark (^Z)
     * between segments is not data: the next ISA is still an ISA (it was read as a segment "\fISA" outside any
     * interchange, and its GS, ST... as outside an interchange).
     */
    @ParameterizedTest
    @ValueSource(strings = {"\f", "\r\n\f\r\n", "\u000B", "\u001A"})
    void aPageBreakOrEndOfFileMarkBetweenInterchangesIsSkipped(String between) {
        String one = X12Text.standard().interchange("000000001", CLAIM).text();
        String two = X12Text.standard().interchange("000000002", CLAIM).text();
        ReadResult r = ReadResult.of((one + between + two + "\u001A").getBytes(StandardCharsets.US_ASCII));
        assertEquals(ReadResult.of((one + two).getBytes(StandardCharsets.US_ASCII)).texts(), r.texts());
        assertEquals(List.of(), r.issues());
    }

    /** A file in EBCDIC (a mainframe's character set, sent in binary mode) is not read, and the issue says why. */
    @Test
    void ebcdicInputIsNotX12WithAClearDiagnosis() throws java.io.UnsupportedEncodingException {
        byte[] ebcdic = X12Text.standard().interchange("000000001", CLAIM).text().getBytes("IBM037");
        ReadResult r = ReadResult.of(ebcdic);
        assertTrue(r.notX12());
        assertEquals(List.of(X12Error.NOT_X12), r.errors());
        assertTrue(r.issues().get(0).message().startsWith("Input is EBCDIC"), r.issues().get(0).message());
    }

    /** A line break inside the ISA of a file whose terminator is not a line break is still wrapping, as before. */
    @Test
    void aLineBreakInsideTheIsaBeforeATildeTerminatorIsWrapping() {
        String flat = X12Text.standard().interchange("000000001", CLAIM).text();
        String broken = flat.substring(0, 50) + "\r\n" + flat.substring(50);
        ReadResult r = ReadResult.of(broken.getBytes(StandardCharsets.US_ASCII));
        assertEquals(ReadResult.of(flat.getBytes(StandardCharsets.US_ASCII)).texts(), r.texts());
        assertEquals(List.of(), r.issues());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r", "\r\n\r\n", " \n\t"})
    void ignoresLineBreaksBetweenSegments(String between) {
        byte[] plain = X12Text.standard().interchange("000000005", CLAIM).bytes();
        byte[] broken = X12Text.with('*', ':', "^", '~', between).interchange("000000005", CLAIM).bytes();
        ReadResult r = ReadResult.of(broken);
        assertEquals(List.of(), r.issues());
        assertEquals(ReadResult.of(plain).texts(), r.texts());
    }

    @Test
    void aLineFeedTerminatorDropsTheCarriageReturnBeforeIt() {
        String text = X12Text.with('*', ':', "^", '\n', "").interchange("000000006", CLAIM).text();
        int afterIsa = text.indexOf('\n') + 1; // the ISA ends ":\n", so \n is the terminator; the others end "\r\n"
        byte[] data = (text.substring(0, afterIsa) + text.substring(afterIsa).replace("\n", "\r\n"))
                .getBytes(StandardCharsets.US_ASCII);
        ReadResult r = ReadResult.of(data);
        assertEquals(List.of(), r.issues());
        assertEquals('\n', r.delimiters().get(0).segment());
        assertEquals("1200", r.segments().get(1).element(5));
        assertEquals("TGJ23", r.segments().get(4).element(9));
        assertFalse(r.texts().stream().anyMatch(t -> t.contains("\r")));
    }

    @Test
    void eachInterchangeUsesTheDelimitersOfItsOwnIsa() {
        String first = X12Text.standard().interchange("000000007", CLAIM).text();
        String second = X12Text.with('|', '>', "U", '\'', "\r\n").interchange("000000008", X12Text.body(
                new String[] {"NM1", "IL", "1", "O*BRIEN", "A:B~C"})).text();
        String third = X12Text.with('!', '}', "^", '~', "\n").interchange("000000009", X12Text.body(
                new String[] {"SV1", "HC}99213}25", "40"})).text();
        ReadResult r = ReadResult.of((first + second + third).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), r.issues());
        assertEquals(10 + 7 + 7, r.segments().size());
        assertEquals(Delimiters.DEFAULT, r.delimiters().get(0));
        assertEquals(new Delimiters('|', '>', (char) 0, '\''), r.delimiters().get(10));
        assertEquals(new Delimiters('!', '}', '^', '~'), r.delimiters().get(17));
        Segment nm1 = r.segments().get(13);
        assertEquals("O*BRIEN", nm1.element(3));
        assertEquals("A:B~C", nm1.element(4));
        assertEquals("99213", r.segments().get(20).component(1, 2));
    }

    @Test
    void readsSeveralGroupsAndTransactionSets() {
        X12Text t = X12Text.standard().isa("000000010");
        t.seg("GS", "HC", "S", "R", "20240101", "1200", "1", "X", "005010X222A1");
        t.transaction("0001", CLAIM).transaction("0002", CLAIM);
        t.seg("GE", "2", "1");
        t.seg("GS", "HC", "S", "R", "20240101", "1200", "2", "X", "005010X222A1");
        t.transaction("0001", CLAIM);
        t.seg("GE", "1", "2");
        t.seg("IEA", "2", "000000010");
        int[] groupNumbers = new int[64];
        int[] transactionNumbers = new int[64];
        String[] controls = new String[64];
        int n = 0;
        try (X12Reader reader = X12Reader.of(t.bytes())) {
            while (reader.next()) {
                groupNumbers[n] = reader.context().groupNumber();
                transactionNumbers[n] = reader.context().transactionNumber();
                controls[n] = reader.context().transactionControlNumber();
                n++;
            }
            assertEquals(List.of(), reader.issues());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(1 + 2 * (CLAIM.size() + 3) + 1 + (CLAIM.size() + 2) + 2, n);
        assertEquals(1, groupNumbers[3]);
        assertEquals(1, transactionNumbers[3]);
        assertEquals("0002", controls[3 + CLAIM.size() + 3]);
        assertEquals(2, transactionNumbers[3 + CLAIM.size() + 3]);
        int secondGroupBht = 2 + 2 * (CLAIM.size() + 2) + 1 + 1 + 1;
        assertEquals(2, groupNumbers[secondGroupBht]);
        assertEquals(1, transactionNumbers[secondGroupBht]);
    }

    @Test
    void countsSegmentsFromSt() {
        ReadResult r = ReadResult.of(X12Text.standard().interchange("000000011", CLAIM).bytes());
        assertEquals(0, r.segments().get(1).positionInTransaction(), "GS is outside the transaction set");
        assertEquals(1, r.segments().get(2).positionInTransaction());
        assertEquals(4, r.segments().get(5).positionInTransaction());
        assertEquals(6, r.segments().get(7).positionInTransaction(), "SE counts itself");
    }

    @Test
    void emptyInputIsNotX12() {
        ReadResult r = ReadResult.of(new byte[0]);
        assertTrue(r.notX12());
        assertEquals(List.of(X12Error.NOT_X12), r.errors());
        assertEquals(List.of(), r.segments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"claim\": 1}", "hello world", "GS*HC*S*R~", "ISA", "ISA*00*short~", "  \n\n"})
    void inputThatDoesNotStartWithAnIsaIsNotX12(String text) {
        ReadResult r = ReadResult.of(text.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.notX12(), text);
        assertEquals(X12Error.NOT_X12, r.errors().get(0));
        assertEquals(List.of(), r.segments());
    }

    @Test
    void aTransmissionHeaderBeforeTheIsaIsSkippedWithAWarning() {
        String x12 = X12Text.standard().interchange("000000001", CLAIM).text();
        String header = "$ADD ID=CLAIMGATE BID='RECEIVED 835' CLASS=X12\r\n";
        ReadResult plain = ReadResult.of(x12.getBytes(StandardCharsets.US_ASCII));
        ReadResult r = ReadResult.of((header + x12).getBytes(StandardCharsets.US_ASCII));

        assertFalse(r.notX12());
        assertEquals(plain.texts(), r.texts(), "the same segments as without the header");
        X12Issue skipped = r.only(X12Error.INVALID_INTERCHANGE_CONTENT);
        assertFalse(skipped.isError(), "a warning: the interchange itself is whole");
        assertEquals(header.length(), skipped.position().byteOffset());
        assertTrue(skipped.message().startsWith(header.length() + " bytes before the first ISA"), skipped.message());
        assertEquals(1, r.issues().size());
    }

    @Test
    void anIsaThatDoesNotStartALineOrComesTooLateIsNotX12() {
        String x12 = X12Text.standard().interchange("000000001", CLAIM).text();
        for (String before : List.of("not an interchange ", "x".repeat(5000) + "\n")) {
            ReadResult r = ReadResult.of((before + x12).getBytes(StandardCharsets.US_ASCII));
            assertTrue(r.notX12(), before.length() + " bytes before");
            assertEquals(List.of(X12Error.NOT_X12), r.errors());
            assertEquals(List.of(), r.segments());
        }
    }

    @Test
    void manyEmptySegmentsInARowAreSkippedWithoutRecursion() {
        String x12 = X12Text.standard().isa("000000012").text() + "~".repeat(200_000)
                + "GS*HC*S*R*20240101*1200*1*X*005010X222A1~GE*0*1~IEA*1*000000012~";
        StringBuilder ids = new StringBuilder();
        try (X12Reader reader = X12Reader.of(x12.getBytes(StandardCharsets.US_ASCII))) {
            while (reader.next()) {
                ids.append(reader.segment().id()).append(' ');
            }
            assertEquals("ISA GS GE IEA ", ids.toString());
            assertEquals(200_000, reader.issueCount(), "one warning per empty segment");
            assertFalse(reader.hasErrors());
            assertEquals(X12Error.UNRECOGNIZED_SEGMENT, reader.issues().get(0).error());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSameSegmentsWhateverTheChunkSize() {
        byte[] data = (X12Text.standard().interchange("000000013", CLAIM).text()
                + X12Text.with('|', '>', "U", '\'', "\r\n").interchange("000000014", CLAIM).text())
                .getBytes(StandardCharsets.UTF_8);
        List<String> whole = ReadResult.of(data).texts();
        for (int step = 1; step < 130; step++) {
            assertEquals(whole, ReadResult.of(new TrickleInputStream(data, step)).texts(), "step " + step);
        }
    }
    @Test
    void aSegmentLongerThanTheBufferIsReadWhole() {
        String note = "N".repeat(150_000);
        String many = "*A".repeat(40_000);
        byte[] data = X12Text.standard().interchange("000000015", X12Text.body(
                new String[] {"NTE", "ADD", note, "END"})).text().replace("~SE*", "~MSG" + many + "~SE*")
                .replace("*3*0001~GE", "*4*0001~GE").getBytes(StandardCharsets.US_ASCII);
        for (java.io.InputStream in : List.of(new java.io.ByteArrayInputStream(data), new TrickleInputStream(data, 4093))) {
            ReadResult r = ReadResult.of(in);
            assertEquals(List.of(), r.issues());
            Segment nte = r.segments().get(3);
            assertEquals(3, nte.size());
            assertEquals(note, nte.element(2));
            assertEquals("END", nte.element(3));
            Segment msg = r.segments().get(4);
            assertEquals(40_000, msg.size());
            assertEquals("A", msg.element(39_999));
            assertEquals("SE", r.segments().get(5).id());
        }
    }

    @Test
    void aRunWithoutTerminatorLongerThanTheLimitStopsTheReader() {
        byte[] data = (X12Text.standard().isa("000000016").text() + "NTE*" + "x".repeat(X12Reader.MAX_SEGMENT_BYTES + 10))
                .getBytes(StandardCharsets.US_ASCII);
        ReadResult r = ReadResult.of(new java.io.ByteArrayInputStream(data));
        assertEquals(List.of("ISA"), r.ids());
        assertEquals(X12Error.INVALID_CONTROL_STRUCTURE, r.issues().get(0).error());
        assertEquals(2, r.issues().get(0).position().segmentIndex());
    }
}
