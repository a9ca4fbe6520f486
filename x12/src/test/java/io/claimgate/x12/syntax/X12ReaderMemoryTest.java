package io.claimgate.x12.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader's memory does not grow with its input: a 200 MB stream goes through the initial buffer. */
class X12ReaderMemoryTest {
    private static final long TARGET = 200L * 1000 * 1000;

    /** One claim (2300 with two 2400 service lines), 12 segments, repeated inside one transaction set. */
    private static final String CLAIM = "CLM*A37YH556*500***11:B:1*Y*A*Y*I~\n"
            + "REF*D9*17312345600006351~\n"
            + "HI*ABK:J0300*ABF:Z1159~\n"
            + "NM1*82*1*KILDARE*BEN****XX*1234567804~\n"
            + "PRV*PE*PXC*204C00000X~\n"
            + "LX*1~\n"
            + "SV1*HC:99213*40*UN*1***1~\n"
            + "DTP*472*D8*20061003~\n"
            + "LX*2~\n"
            + "SV1*HC:87070*15*UN*1***1~\n"
            + "DTP*472*D8*20061003~\n"
            + "NTE*ADD*" + "PADDING ".repeat(40) + "~\n";
    private static final int CLAIM_SEGMENTS = 12;

    @Test
    void readingA200MbStreamDoesNotGrowTheBuffer() throws IOException {
        GeneratedX12 in = new GeneratedX12();
        long segments = 0;
        long elements = 0;
        int maxBuffer = 0;
        try (X12Reader reader = X12Reader.of(in)) {
            int initial = reader.bufferCapacity();
            while (reader.next()) {
                Segment s = reader.segment();
                elements += s.size();
                if (s.is("CLM") && !s.elementEquals(2, "500")) {
                    throw new AssertionError("CLM02 read as " + s.element(2));
                }
                segments++;
                if ((segments & 0xFFF) == 0) {
                    maxBuffer = Math.max(maxBuffer, reader.bufferCapacity());
                }
            }
            maxBuffer = Math.max(maxBuffer, reader.bufferCapacity());
            assertEquals(initial, maxBuffer, "the buffer never grew");
            assertTrue(maxBuffer <= 64 * 1024);
            assertEquals(in.generated(), reader.bytesRead());
            assertFalse(reader.hasErrors(), () -> reader.issues().toString());
        }
        assertTrue(in.generated() >= TARGET);
        assertEquals(in.segments(), segments);
        assertTrue(elements > segments * 2);
    }

    /** ISA..ST, claims until 200 MB, then SE (with the true count), GE, IEA; made as it is read, never stored. */
    private static final class GeneratedX12 extends GeneratedInput {
        private static final byte[] HEADER = (X12Text.standard().isa("000000001").text()
                + "GS*HC*S*R*20240101*1200*1*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*1*20240101*1200*CH~")
                .getBytes(StandardCharsets.US_ASCII);
        private final byte[] claim = CLAIM.getBytes(StandardCharsets.US_ASCII);
        private long claims;
        private boolean trailerSent;

        GeneratedX12() {
            super(HEADER);
        }

        @Override
        protected byte[] nextPiece() {
            if (trailerSent) {
                return null;
            }
            if (generated() < TARGET) {
                claims++;
                return claim;
            }
            long se = 2 + claims * CLAIM_SEGMENTS + 1;
            trailerSent = true;
            return ("SE*" + se + "*0001~GE*1*1~IEA*1*000000001~").getBytes(StandardCharsets.US_ASCII);
        }

        long segments() {
            return 3 + 1 + claims * CLAIM_SEGMENTS + 3;
        }
    }
}
