package io.claimgate.x12.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.status.ClaimAcknowledgement;
import io.claimgate.x12.status.ClaimStatus;
import io.claimgate.x12.status.LineStatus;
import io.claimgate.x12.status.StatusCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 277CA samples and a 277CA with line-level statuses. */
class ClaimAcknowledgementSampleTest {
    @Test
    void acceptedClaim() {
        InboundFile f = InboundSamples.read("277CA/imsweb__277_5010_x12_277CA_accepted.txt");
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        ClaimAcknowledgement a = f.claimAcknowledgements().get(0);
        assertEquals("000000674", a.reference());
        assertEquals("NYSDOH", a.header().informationSource().name());
        assertEquals(LocalDate.of(2011, 3, 11), a.header().receivedDate());
        assertEquals("000000674", a.header().receiverTrace());
        assertEquals("A1", a.header().receiverStatuses().get(0).codes().get(0).category());
        assertEquals(0, new BigDecimal("1").compareTo(a.header().acceptedQuantity()));
        assertEquals(0, new BigDecimal("125").compareTo(a.header().acceptedAmount()));
        assertEquals(1, a.claims().size());
        ClaimStatus c = a.claims().get(0);
        assertEquals("5781", c.patientControlNumber());
        assertEquals("1107000000014420", c.payerClaimControlNumber());
        assertEquals("1234567890", c.provider().id());
        assertEquals(0, new BigDecimal("125").compareTo(c.billedAmount()));
        StatusCode code = c.statuses().get(0).codes().get(0);
        assertEquals("A2", code.category());
        assertEquals("20", code.code());
        assertEquals("Accepted for processing.", code.codeDescription());
        assertTrue(code.categoryDescription().startsWith("Acknowledgement/Acceptance into adjudication system"));
        assertFalse(c.rejected());
        // DTP*472*D8*10010101: year 1001 is a real date, kept as sent
        assertEquals(LocalDate.of(1001, 1, 1), c.serviceDates().from());
    }

    @Test
    void rejectedClaimWithPipeComponentSeparator() {
        InboundFile f = InboundSamples.read("277CA/imsweb__277_5010_x12_277CA_rejected.txt");
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        ClaimStatus c = f.claimAcknowledgements().get(0).claims().get(0);
        assertEquals("3920394930203", c.patientControlNumber());
        assertEquals("731", c.billType());
        assertTrue(c.rejected());
        StatusCode code = c.statuses().get(0).codes().get(0);
        assertEquals("A7", code.category());
        assertEquals("562", code.code());
        assertEquals("85", code.entity());
        assertEquals("Billing Provider", code.entityDescription());
        assertEquals("WQ", c.statuses().get(0).actionCode());
        assertEquals(0, new BigDecimal("199.14").compareTo(c.statuses().get(0).amount()));
    }

    @Test
    void lineStatusesTraceAndSecondaryStatus() {
        String x12 = "ISA*00*          *00*          *ZZ*CH             *ZZ*US             *240102*0930*^*00501*000000005*0*P*:~"
                + "GS*HN*CH*US*20240102*0930*5*X*005010X214~ST*277*0001*005010X214~BHT*0085*08*B1*20240102*0930*TH~"
                + "HL*1**20*1~NM1*PR*2*PAYER*****PI*12345~TRN*1*B1~DTP*050*D8*20240101~DTP*009*D8*20240102~"
                + "HL*2*1*21*1~NM1*41*2*US*****46*US1~TRN*2*BATCH-7~STC*A1:19*20240102*WQ*300~QTY*90*1~QTY*AA*1~AMT*YU*100~AMT*YY*200~"
                + "HL*3*2*19*1~NM1*85*2*CLINIC*****XX*1234567893~"
                + "HL*4*3*PT~NM1*QC*1*DOE*JANE****MI*M1~TRN*2*PCN-1~STC*A3:21:85*20240102*U*200******A3:562:85*A3:128:85*Bad NPI~"
                + "REF*1K*PAYER-9~REF*D9*CH-TRACE-1~DTP*472*RD8*20231201-20231203~"
                + "SVC*HC:99213:25*120*****1~STC*A3:454*20240102*U~REF*FJ*LINE-1~DTP*472*D8*20231201~"
                + "SE*29*0001~GE*1*5~IEA*1*000000005~";
        InboundFile f = InboundSamples.readText(x12);
        assertTrue(f.issues().isEmpty(), f.issues().toString());
        ClaimAcknowledgement a = f.claimAcknowledgements().get(0);
        assertEquals("BATCH-7", a.header().receiverTrace());
        assertEquals(0, new BigDecimal("200").compareTo(a.header().rejectedAmount()));
        assertEquals("CLINIC", a.providerStatuses().get(0).provider().name());
        ClaimStatus c = a.claims().get(0);
        assertEquals("PCN-1", c.patientControlNumber());
        assertEquals("PAYER-9", c.payerClaimControlNumber());
        assertEquals("CH-TRACE-1", c.clearinghouseTraceNumber());
        assertEquals(LocalDate.of(2023, 12, 1), c.serviceDates().from());
        assertEquals(LocalDate.of(2023, 12, 3), c.serviceDates().to());
        assertEquals(3, c.statuses().get(0).codes().size(), "STC01, STC10, STC11");
        assertEquals("128", c.statuses().get(0).codes().get(2).code());
        assertEquals("Bad NPI", c.statuses().get(0).freeText());
        assertTrue(c.rejected());
        LineStatus line = c.lines().get(0);
        assertEquals("99213", line.procedure().code());
        assertEquals("25", line.procedure().modifiers().get(0));
        assertEquals(0, new BigDecimal("120").compareTo(line.charge()));
        assertEquals(0, BigDecimal.ONE.compareTo(line.units()));
        assertEquals("LINE-1", line.lineItemControlNumber());
        assertEquals("454", line.statuses().get(0).codes().get(0).code());
        assertEquals(LocalDate.of(2023, 12, 1), line.serviceDates().from());
    }

    @Test
    void subscriberWithDependentsIsNotAClaimOfItsOwn() {
        // a 277 (X212) as in stupidedi's claim-response.edi: subscriber HL 22 with HL04 = 1, the claim under its
        // dependent HL 23; a subscriber HL with no children and no TRN is still reported
        String x12 = "ISA*00*          *00*          *ZZ*PAYER          *ZZ*CH             *240102*0930*^*00501*000000006*0*P*:~"
                + "GS*HN*PAYER*CH*20240102*0930*6*X*005010X212~ST*277*0001*005010X212~BHT*0010*08*R1*20240102*0930*DG~"
                + "HL*1**20*1~NM1*PR*2*PAYER*****PI*12345~HL*2*1*21*1~NM1*41*2*CH*****46*X1~"
                + "HL*3*2*19*1~NM1*1P*2*CLINIC*****XX*1666666666~"
                + "HL*4*3*22*1~NM1*IL*1*MANN*JOHN****MI*345678901~"
                + "HL*5*4*23~NM1*QC*1*MANN*JOSEPH~TRN*2*PCN-3~STC*F2:88:QC*20050612**150*0~"
                + "HL*6*3*22*0~NM1*IL*1*DOE*JANE****MI*M2~"
                + "SE*17*0001~GE*1*6~IEA*1*000000006~";
        InboundFile f = InboundSamples.readText(x12);
        ClaimAcknowledgement a = f.claimAcknowledgements().get(0);
        assertEquals(2, a.claims().size(), "the dependent's claim and the childless subscriber; not the parent subscriber");
        ClaimStatus c = a.claims().get(0);
        assertEquals("PCN-3", c.patientControlNumber());
        assertEquals("JOSEPH", c.patient().firstName());
        assertEquals(1, f.issues().size(), f.issues().toString());
        assertEquals(17, f.issues().get(0).position().segmentIndex(), "the childless subscriber HL*6 without a TRN");
    }
}
