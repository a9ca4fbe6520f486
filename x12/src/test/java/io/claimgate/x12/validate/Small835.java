package io.claimgate.x12.validate;

import java.util.List;

/**
 * A small hand-made 835 (005010X221A1) that pyx12 accepts: one payment by ACH, payer with technical contact,
 * payee by NPI, one claim paid 170.00 of 250.00 with one service line adjusted CO-45 50.00 and PR-1 30.00.
 * File segment indexes: BPR 4, TRN 5, REF*EV 6, DTM*405 7, N1*PR 8, N3 9, N4 10, PER*BL 11, N1*PE 12, N3 13,
 * N4 14, REF*TJ 15, LX 16, CLP 17, NM1*QC 18, DTM*232 19, DTM*233 20, SVC 21, DTM*472 22, CAS*CO 23, CAS*PR 24,
 * REF*6R 25, AMT*B6 26, SE 27.
 */
final class Small835 {
    static final SmallTransaction BASE = new SmallTransaction(
            "ISA*00*          *00*          *ZZ*PAYERID        *ZZ*PAYEEID        *240102*1200*^*00501*000000202*0*P*:",
            "GS*HP*PAYERID*PAYEEID*20240102*1200*202*X*005010X221A1",
            "ST*835*0001",
            List.of(
                    "BPR*I*170*C*ACH*CCP*01*123456789*DA*1234567*1234567890**01*987654321*DA*7654321*20240105",
                    "TRN*1*EFT12345*1234567890",
                    "REF*EV*PAYEEID",
                    "DTM*405*20240102",
                    "N1*PR*ACME HEALTH PLAN",
                    "N3*100 MAIN STREET",
                    "N4*SPRINGFIELD*IL*62701",
                    "PER*BL*EDI SUPPORT*TE*8005551212",
                    "N1*PE*GOOD CLINIC*XX*1234567893",
                    "N3*200 OAK AVENUE",
                    "N4*SPRINGFIELD*IL*62702",
                    "REF*TJ*123456789",
                    "LX*1",
                    "CLP*CLAIM-1*1*250*170*30*12*PAYERCCN1*11*1",
                    "NM1*QC*1*DOE*JANE****MI*W123456",
                    "DTM*232*20231215",
                    "DTM*233*20231215",
                    "SVC*HC:99213*250*170**1",
                    "DTM*472*20231215",
                    "CAS*CO*45*50",
                    "CAS*PR*1*30",
                    "REF*6R*LINE-1",
                    "AMT*B6*200"));

    private Small835() {
    }
}
