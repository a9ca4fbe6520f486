package io.claimgate.x12.validate;

import java.util.List;

/**
 * A small hand-made 277CA (005010X214) that pyx12 accepts: a payer acknowledging one batch of one claim with one
 * service line. File segment indexes: BHT 4, HL*20 5, NM1*PR 6, TRN 7, DTP*050 8, DTP*009 9, HL*21 10, NM1*41 11,
 * TRN 12, STC 13, QTY 14, AMT 15, HL*19 16, NM1*85 17, TRN 18, STC 19, QTY 20, AMT 21, HL*PT 22, NM1*QC 23,
 * TRN 24, STC 25, REF*1K 26, REF*D9 27, DTP*472 28, SVC 29, STC 30, REF*FJ 31, DTP*472 32, SE 33.
 */
final class Small277CA {
    static final SmallTransaction BASE = new SmallTransaction(
            "ISA*00*          *00*          *ZZ*PAYERID        *ZZ*SUBMITTER      *240102*1200*^*00501*000000101*0*P*:",
            "GS*HN*PAYERID*SUBMITTER*20240102*1200*101*X*005010X214",
            "ST*277*0001*005010X214",
            List.of(
                    "BHT*0085*08*BATCH42*20240102*1200*TH",
                    "HL*1**20*1",
                    "NM1*PR*2*ACME HEALTH PLAN*****PI*12345",
                    "TRN*1*RECEIPT42",
                    "DTP*050*D8*20240102",
                    "DTP*009*D8*20240102",
                    "HL*2*1*21*1",
                    "NM1*41*2*CLAIMGATE*****46*SUBMITTER",
                    "TRN*2*BATCH42",
                    "STC*A1:19:PR*20240102*WQ*250",
                    "QTY*90*1",
                    "AMT*YU*250",
                    "HL*3*2*19*1",
                    "NM1*85*2*GOOD CLINIC*****XX*1234567893",
                    "TRN*1*PROV42",
                    "STC*A1:19:PR**WQ*250",
                    "QTY*QA*1",
                    "AMT*YU*250",
                    "HL*4*3*PT",
                    "NM1*QC*1*DOE*JANE****MI*W123456",
                    "TRN*2*CLAIM-1",
                    "STC*A2:20:PR*20240102*WQ*250",
                    "REF*1K*PAYER-CCN-1",
                    "REF*D9*CH-TRACE-1",
                    "DTP*472*D8*20231215",
                    "SVC*HC:99213*250*****1",
                    "STC*A2:20:PR*20240102*U",
                    "REF*FJ*LINE-1",
                    "DTP*472*D8*20231215"));

    private Small277CA() {
    }
}
