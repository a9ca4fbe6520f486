package io.claimgate.x12.ack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimgate.x12.validate.FileReport;
import io.claimgate.x12.validate.TransactionReport;
import io.claimgate.x12.validate.X12Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The claim (CLM01) each segment of an 837 belongs to, for the 999's business unit context. */
class ClaimIndexTest {
    private static final String X12 = String.join("~\n",
            "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240506*0700*^*00501*000000001*0*T*:",
            "GS*HC*SUBMITTER*RECEIVER*20240506*0700*1*X*005010X222A1",
            "ST*837*0001*005010X222A1",          // 1
            "BHT*0019*00*1*20240506*0700*CH",    // 2
            "HL*1**20*1",                        // 3
            "HL*2*1*22*0",                       // 4
            "CLM*PCN-1*100***11:B:1*Y*A*Y*Y",    // 5
            "DTP*431*D8*20240101",               // 6
            "CLM*PCN-2*50***11:B:1*Y*A*Y*Y",     // 7
            "LX*1",                              // 8
            "HL*3*1*22*0",                       // 9
            "NM1*IL*1*X",                        // 10
            "SE*11*0001",
            "ST*837*0002*005010X222A1",
            "HL*1**20*1",
            "SE*3*0002",
            "GE*2*1",
            "IEA*1*000000001") + "~\n";

    @Test
    void aSegmentBelongsToTheLastClaimOfItsHierarchicalLevel() {
        FileReport report = new X12Validator().validate(bytes());
        ClaimIndex index = ClaimIndex.read(bytes(), report);
        List<TransactionReport> t = report.interchanges().get(0).groups().get(0).transactions();
        assertEquals(Optional.empty(), index.patientControlNumber(t.get(0), 2));
        assertEquals(Optional.empty(), index.patientControlNumber(t.get(0), 4));
        assertEquals(Optional.of("PCN-1"), index.patientControlNumber(t.get(0), 5));
        assertEquals(Optional.of("PCN-1"), index.patientControlNumber(t.get(0), 6));
        assertEquals(Optional.of("PCN-2"), index.patientControlNumber(t.get(0), 8));
        assertEquals(Optional.empty(), index.patientControlNumber(t.get(0), 9));
        assertEquals(Optional.empty(), index.patientControlNumber(t.get(0), 10));
        assertEquals(Optional.empty(), index.patientControlNumber(t.get(1), 2));
    }

    private static ByteArrayInputStream bytes() {
        return new ByteArrayInputStream(X12.getBytes(StandardCharsets.US_ASCII));
    }
}
