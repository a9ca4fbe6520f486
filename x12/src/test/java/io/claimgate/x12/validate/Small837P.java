package io.claimgate.x12.validate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-made 837P (one billing provider, one subscriber who is the patient, one claim with two
 * lines) that pyx12 accepts, for tests to break one thing at a time. Segment indexes in the file: ISA 1,
 * GS 2, ST 3, ..., CLM 17, HI 18, first SV1 20, SE 25.
 */
final class Small837P {
    static final List<String> TRANSACTION = List.of(
            "BHT*0019*00*0123*20240101*1200*CH",
            "NM1*41*2*SUBMITTER CO*****46*12345",
            "PER*IC*JANE*TE*5555551234",
            "NM1*40*2*RECEIVER CO*****46*67890",
            "HL*1**20*1",
            "NM1*85*2*BILLING CLINIC*****XX*1234567893",
            "N3*1 MAIN ST",
            "N4*PHILADELPHIA*PA*191031234",
            "REF*EI*123456789",
            "HL*2*1*22*0",
            "SBR*P*18*******CI",
            "NM1*IL*1*DOE*JOHN****MI*ABC123",
            "NM1*PR*2*PAYER*****PI*99999",
            "CLM*ACC1*100***11:B:1*Y*A*Y*Y",
            "HI*ABK:J209*ABF:R05",
            "LX*1",
            "SV1*HC:99213*60*UN*1***1:2",
            "DTP*472*D8*20240101",
            "LX*2",
            "SV1*HC:87880*40*UN*1***1",
            "DTP*472*D8*20240101");

    private Small837P() {
    }

    /** The file with {@code body} as the segments between ST and SE (SE01 counted). */
    static String file(List<String> body) {
        List<String> segs = new ArrayList<>();
        segs.add("ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240101*1200*^*00501*000000001*0*T*:");
        segs.add("GS*HC*SUBMITTER*RECEIVER*20240101*1200*1*X*005010X222A1");
        segs.add("ST*837*0001*005010X222A1");
        segs.addAll(body);
        segs.add("SE*" + (body.size() + 2) + "*0001");
        segs.add("GE*1*1");
        segs.add("IEA*1*000000001");
        return String.join("~\n", segs) + "~\n";
    }

    static String file() {
        return file(TRANSACTION);
    }

    /** The base transaction with segment {@code index} (1-based in the file: ISA = 1) replaced. */
    static String replacing(int index, String segment) {
        List<String> body = new ArrayList<>(TRANSACTION);
        body.set(index - 4, segment);
        return file(body);
    }

    /** The base transaction with {@code segment} inserted so that it becomes file segment {@code index}. */
    static String inserting(int index, String segment) {
        List<String> body = new ArrayList<>(TRANSACTION);
        body.add(index - 4, segment);
        return file(body);
    }

    /** The base transaction without file segment {@code index}. */
    static String removing(int index) {
        List<String> body = new ArrayList<>(TRANSACTION);
        body.remove(index - 4);
        return file(body);
    }

    static FileReport validate(String x12) {
        return new X12Validator().validate(new ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)));
    }
}
