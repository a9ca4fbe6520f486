package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.ack.read.ContextNote;
import io.claimgate.x12.ack.read.ElementError;
import io.claimgate.x12.ack.read.FunctionalAck;
import io.claimgate.x12.ack.read.SegmentError;
import io.claimgate.x12.ack.read.Ta1Ack;
import io.claimgate.x12.ack.read.TransactionResponse;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TA1 and 999 samples, and one interchange holding several 999s and a TA1. */
class AckSampleTest {
    @Test
    void ta1Rejected() {
        InboundFile f = InboundSamples.read("TA1/UHIN__TA1.edi");
        assertEquals(1, f.ta1s().size());
        Ta1Ack t = f.ta1s().get(0);
        assertEquals("000000100", t.acknowledgedControlNumber());
        assertEquals(LocalDate.of(2003, 8, 9), t.date());
        assertEquals("0823", t.time());
        assertEquals("R", t.acknowledgmentCode());
        assertFalse(t.accepted());
        assertEquals("024", t.noteCode());
        assertEquals("Invalid interchange content", t.noteDescription());
        assertEquals("000000007", t.interchangeControlNumber());
        assertEquals(2, t.position().segmentIndex());
    }

    @Test
    void ta1Accepted() {
        Ta1Ack t = InboundSamples.read("TA1/staedi__wiki_x12_interchange_ack.txt").ta1s().get(0);
        assertEquals("000000050", t.acknowledgedControlNumber());
        assertTrue(t.accepted());
        assertEquals("000", t.noteCode());
    }

    @Test
    void accepted999() {
        InboundFile f = InboundSamples.read("999/imsweb__837_5010_x12_999_accepted.txt");
        FunctionalAck a = f.functionalAcks().get(0);
        assertEquals("HC", a.functionalId());
        assertEquals("17456", a.groupControlNumber());
        assertEquals("005010X223A2", a.groupVersion());
        assertEquals("A", a.groupStatus());
        assertEquals(List.of(1, 1, 1), List.of(a.transactionsIncluded(), a.transactionsReceived(), a.transactionsAccepted()));
        TransactionResponse t = a.transaction("0001");
        assertEquals("837", t.transactionSetId());
        assertEquals("005010X223A2", t.implementationReference());
        assertTrue(t.accepted());
        assertTrue(t.segmentErrors().isEmpty());
        // the file's IEA02 does not match its ISA13: reported by the reader, the 999 is still read
        assertEquals(List.of(X12Error.INTERCHANGE_CONTROL_MISMATCH), f.issues().stream().map(X12Issue::error).toList());
    }

    @Test
    void rejected999WithPipeComponentSeparator() {
        InboundFile f = InboundSamples.read("999/imsweb__837_5010_x12_999_rejected.txt");
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        FunctionalAck a = f.functionalAcks().get(0);
        assertEquals("R", a.groupStatus());
        assertEquals(0, a.transactionsAccepted());
        TransactionResponse t = a.transactions().get(0);
        assertEquals("0028", t.controlNumber());
        assertEquals("R", t.status());
        assertEquals(List.of("5"), t.errorCodes());
        SegmentError e = t.segmentErrors().get(0);
        assertEquals("NM", e.segmentId());
        assertEquals(17, e.position());
        assertEquals("1", e.code());
        assertEquals("Unrecognized segment ID", e.description());
    }

    @Test
    void segmentAndElementErrorsWithContext() {
        InboundFile f = InboundSamples.read("999/staedi__x12_simple999.edi");
        // CTX*SITUATIONAL TRIGGER^SITUATIONAL TRIGGER:2^SITUATIONAL TRIGGER:3: CTX01 repeats (as pyx12 and StAEDI's
        // standard schema see it); the guide allows one, so it is flagged at the second repetition and all are kept
        assertEquals(1, f.issues().size(), f.issues().toString());
        X12Issue repeat = f.issues().get(0);
        assertEquals(X12Error.TOO_MANY_REPETITIONS, repeat.error());
        assertFalse(repeat.isError());
        assertEquals(14, repeat.position().segmentIndex());
        assertEquals("CTX01", repeat.position().reference());
        assertEquals(2, repeat.position().repetition());
        FunctionalAck a = f.functionalAcks().get(0);
        assertEquals(3, a.transactions().size());
        assertEquals("P", a.groupStatus());
        TransactionResponse second = a.transaction("0002");
        assertEquals("R", second.status());
        SegmentError clm = second.segmentErrors().get(0);
        assertEquals("CLM", clm.segmentId());
        assertEquals(22, clm.position());
        assertEquals("8", clm.code());
        assertEquals(new ContextNote("CLM01", "123456789", "", "", "", "", ""), clm.contexts().get(0));
        ElementError e = clm.elementErrors().get(0);
        assertEquals(2, e.position());
        assertEquals("782", e.reference());
        assertEquals("1", e.code());
        assertEquals("Required data element missing", e.description());
        SegmentError ref = a.transaction("0003").segmentErrors().get(0);
        assertEquals("3", ref.code());
        assertEquals(2, ref.contexts().size());
        ContextNote trigger = ref.contexts().get(0);
        assertEquals("SITUATIONAL TRIGGER", trigger.name());
        assertEquals("CLM", trigger.segmentId());
        assertEquals("43", trigger.segmentPosition());
        assertEquals("5:3", trigger.elementPosition());
        assertEquals(List.of(new ContextNote.Identification("SITUATIONAL TRIGGER", "2"),
                new ContextNote.Identification("SITUATIONAL TRIGGER", "3")), trigger.repeated());
        assertEquals("CLM01", ref.contexts().get(1).name());
        assertTrue(ref.contexts().get(1).repeated().isEmpty());
    }

    @Test
    void malformed999GivesPositionedIssues() {
        InboundFile f = InboundSamples.read("999/staedi__x12_invalid999.edi");
        List<X12Issue> issues = f.issues();
        assertEquals(X12Error.UNEXPECTED_SEGMENT, issues.get(0).error());
        assertEquals(4, issues.get(0).position().segmentIndex(), "IK5 before AK1");
        assertEquals(X12Error.INVALID_CODE, issues.get(1).error());
        assertEquals("IK501", issues.get(1).position().reference());
        assertEquals("Q", issues.get(1).badValue());
        assertEquals(X12Error.UNEXPECTED_SEGMENT, issues.get(2).error());
        assertEquals(8, issues.get(2).position().segmentIndex(), "a second IK5 in one AK2 loop");
        FunctionalAck a = f.functionalAcks().get(0);
        assertEquals("HC", a.functionalId(), "AK101 read without its padding");
        assertEquals(3, a.transactions().size());
    }

    @Test
    void aRepeatedBusinessContextIsFlagged() {
        String x12 = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*US             *240102*0930*^*00501*000000777*0*P*:~"
                + "GS*FA*PAYER*US*20240102*0930*77*X*005010X231A1~"
                + "ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~AK2*837*0001*005010X222A1~"
                + "IK3*CLM*9*2300*8~CTX*CLM01:PCN-9~CTX*CLM01:PCN-9~CTX*CLM01:PCN-10~IK4*5:3*1325*7*9~IK5*R*5~"
                + "AK9*R*1*1*0~SE*11*0001~GE*1*77~IEA*1*000000777~";
        InboundFile f = InboundSamples.readText(x12);
        assertEquals(List.of(X12Error.SEGMENT_OVER_MAXIMUM, X12Error.SEGMENT_OVER_MAXIMUM),
                f.issues().stream().map(X12Issue::error).toList(), f.issues().toString());
        assertEquals(List.of(8L, 9L), f.issues().stream().map(i -> i.position().segmentIndex()).toList());
        assertTrue(f.issues().get(0).message().contains("repeats a context"), f.issues().get(0).message());
        assertTrue(f.issues().get(1).message().contains("second business unit"), f.issues().get(1).message());
        assertEquals(3, f.functionalAcks().get(0).transactions().get(0).segmentErrors().get(0).contexts().size(),
                "every CTX is kept");
    }

    @Test
    void severalFunctionalAcksAndATa1InOneInterchange() {
        String x12 = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*US             *240102*0930*^*00501*000000777*0*P*:~"
                + "TA1*000000123*240101*1200*A*000~"
                + "GS*FA*PAYER*US*20240102*0930*77*X*005010X231A1~"
                + "ST*999*0001*005010X231A1~AK1*HC*101*005010X222A1~AK2*837*0001*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~"
                + "ST*999*0002*005010X231A1~AK1*HC*102*005010X222A1~AK2*837*0001*005010X222A1~"
                + "IK3*CLM*9*2300*8~CTX*CLM01:PCN-9~IK4*5:3*1325*7*9~IK5*R*5~AK9*R*1*1*0~SE*9*0002~"
                + "GE*2*77~IEA*1*000000777~";
        InboundFile f = InboundSamples.readText(x12);
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        assertEquals(1, f.result().interchanges());
        assertEquals(1, f.result().ta1s());
        assertEquals(2, f.result().transactions());
        assertEquals("000000123", f.ta1s().get(0).acknowledgedControlNumber());
        assertEquals(List.of("101", "102"), f.functionalAcks().stream().map(FunctionalAck::groupControlNumber).toList());
        assertEquals("0002", f.functionalAcks().get(1).envelope().controlNumber());
        ElementError e = f.functionalAcks().get(1).transactions().get(0).segmentErrors().get(0).elementErrors().get(0);
        assertEquals(5, e.position());
        assertEquals(3, e.component());
        assertEquals("7", e.code());
        assertEquals("9", e.badValue());
        assertEquals("2300", f.functionalAcks().get(1).transactions().get(0).segmentErrors().get(0).loopId());
    }
}
