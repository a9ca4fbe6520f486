package io.claimgate.gateway.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimgate.gateway.cli.AckTestSupport.Result;
import io.claimgate.gateway.cli.AckTestSupport.Seg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claimgate validate FILE --ack OUT.999}: the acknowledgment written for broken, clean and non-X12 input. */
class ValidateAckTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void brokenClaimFileGetsA999NamingEverySegmentAndElementInError(@TempDir Path dir) throws IOException {
        Path ack = dir.resolve("out.999");
        Result r = AckTestSupport.validateWithAck(AckTestSupport.SAMPLES.resolve("837P/imsweb__837_5010_x12_segment_errors.txt"),
                ack, "--ack-control-number", "123", "--ack-group-number", "45");
        assertEquals(ValidateCommand.REJECTED, r.exit(), r.out());
        List<Seg> s = r.ack();
        // Envelope: back to the sender, own control numbers, test data as the acknowledged ISA15 says.
        Seg isa = s.get(0);
        assertEquals("ISA", isa.id());
        assertEquals("RECEIVERS.ID   ", isa.e(6));
        assertEquals("SUBMITTERS.ID  ", isa.e(8));
        assertEquals("240506", isa.e(9));
        assertEquals("000000123", isa.e(13));
        assertEquals("T", isa.e(15));
        assertEquals(List.of("FA", "RECEIVERS.ID", "SUBMITTERS.ID", "20240506", "0708", "45", "X", "005010X231A1"),
                s.get(1).elements());
        assertEquals(List.of("999", "0001", "005010X231A1"), s.get(2).elements());
        assertEquals("AK1*HC*1*005010X222A1", s.get(3).toString());
        assertEquals("AK2*837*987654*005010X222A1", s.get(4).toString());
        // The billing provider N3 is missing (where pyx12 also reports it first) and the claim has element errors.
        assertEquals("IK3*N3*8*2010*3", r.all("IK3").get(0).toString());
        assertEquals(List.of("N3", "REF", "CLM", "HI", "SV1"), r.all("IK3").stream().map(x -> x.e(1)).toList());
        int clm = s.indexOf(r.all("IK3").get(2));
        // Errors inside the claim name it: CTX*CLM01:patient control number right after their IK3.
        assertEquals("CTX*CLM01:A37YH556", s.get(clm + 1).toString());
        assertEquals("IK4*2*782*I12", s.get(clm + 2).toString());
        assertEquals(3, r.all("CTX").size(), r.ack().toString());   // CLM, HI and SV1; not the N3 or REF of 2010AA
        assertEquals(List.of("7:1", "7:2", "7:3"), r.all("IK4").subList(1, 4).stream().map(x -> x.e(1)).toList());
        assertTrue(r.all("IK4").subList(1, 4).stream().allMatch(x -> x.e(2).equals("1328") && x.e(3).equals("7")));
        Seg ik5 = r.all("IK5").get(0);
        assertEquals("R", ik5.e(1));
        assertTrue(ik5.elements().containsAll(List.of("5", "I5")), ik5.toString());
        assertEquals("AK9*R*1*1*0", r.all("AK9").get(0).toString());
        assertEquals("IEA*1*000000123", s.get(s.size() - 1).toString());
        JsonNode summary = lastLine(r);
        assertEquals(1, summary.get("ackInterchanges").asInt());
        assertEquals(1, summary.get("ack999s").asInt());
        assertEquals(0, summary.get("ackTA1s").asInt());
    }

    @Test
    void cleanFileGetsAnAcceptingAck(@TempDir Path dir) throws IOException {
        Path ack = dir.resolve("out.999");
        Result r = AckTestSupport.validateWithAck(AckTestSupport.SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837"), ack);
        assertEquals(ValidateCommand.ACCEPTED, r.exit(), r.out());
        assertEquals(List.of(), r.all("IK3"));
        assertEquals("IK5*A", r.all("IK5").get(0).toString());
        assertEquals("AK9*A*1*1*1", r.all("AK9").get(0).toString());
    }

    @Test
    void envelopeErrorAddsATa1AndTheGroupsAreStillAcknowledged(@TempDir Path dir) throws IOException {
        Path ack = dir.resolve("out.999");
        // IEA01 says 1 group; the interchange holds 3.
        Result r = AckTestSupport.validateWithAck(AckTestSupport.SAMPLES.resolve("837P/imsweb__837_5010_x12_multiple_gs.txt"), ack);
        assertEquals(ValidateCommand.REJECTED, r.exit(), r.out());
        assertEquals("TA1*000000905*030101*1253*R*021", r.ack().get(1).toString());
        assertEquals("GS", r.ack().get(2).id());
        assertEquals(3, r.all("AK1").size());
        assertEquals(1, lastLine(r).get("ackTA1s").asInt());
        assertEquals(3, lastLine(r).get("ack999s").asInt());
    }

    @Test
    void notX12WritesNoAck(@TempDir Path dir) throws IOException {
        Path ack = dir.resolve("out.999");
        Result r = AckTestSupport.validateWithAck(AckTestSupport.SAMPLES.resolve("nonx12-or-malformed/imsweb__837_5010_x12_no_isa_line.txt"), ack);
        assertEquals(ValidateCommand.NOT_X12, r.exit(), r.out());
        assertFalse(Files.exists(ack));
        assertEquals(0, lastLine(r).get("ackInterchanges").asInt());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void badControlNumberOptionIsRefusedWithoutWriting(@TempDir Path dir) throws IOException {
        Path ack = dir.resolve("out.999");
        Result r = AckTestSupport.validateWithAck(AckTestSupport.SAMPLES.resolve("837P/LFH__837_005010X222A2_demo.example1.837"),
                ack, "--ack-control-number", "0");
        assertEquals(ValidateCommand.NOT_X12, r.exit(), r.out());
        assertFalse(Files.exists(ack));
    }

    private JsonNode lastLine(Result r) throws IOException {
        String[] lines = r.out().strip().split("\n");
        return json.readTree(lines[lines.length - 1]);
    }
}
