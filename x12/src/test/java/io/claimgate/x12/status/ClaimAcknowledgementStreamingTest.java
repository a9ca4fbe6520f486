package io.claimgate.x12.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimgate.x12.read.InboundListener;
import io.claimgate.x12.read.InboundReader;
import io.claimgate.x12.read.InboundResult;
import io.claimgate.x12.syntax.X12Issue;
import io.claimgate.x12.syntax.GeneratedInput;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 277CA of more than 64 MB, made as it is read and never stored, goes through {@link InboundReader} a claim at a
 * time: every claim reaches the listener, in order, with its lines, and neither the reader nor the parser keeps a
 * claim once it has been handed out (a claim seen early becomes garbage while the stream is still being read).
 */
class ClaimAcknowledgementStreamingTest {
    private static final long TARGET = 64L * 1000 * 1000;
    private static final int CLAIMS_PER_PROVIDER = 1000;
    private static final int WATCHED = 1_000;

    @Test
    void aLargeClaimAcknowledgementIsReadAClaimAtATimeWithoutKeepingClaims() {
        Generated277 in = new Generated277();
        Counting listener = new Counting();
        InboundResult r = InboundReader.read(in, listener);
        assertTrue(in.generated() >= TARGET, "generated " + in.generated() + " bytes");
        assertTrue(listener.issues.isEmpty(), () -> listener.issues.subList(0, Math.min(5, listener.issues.size())).toString());
        assertEquals(0, r.issues());
        assertEquals(1, r.transactions());
        assertEquals(1, listener.headers);
        assertEquals(in.claims, listener.claims, "every claim was handed out");
        assertEquals(in.claims / CLAIMS_PER_PROVIDER + (in.claims % CLAIMS_PER_PROVIDER == 0 ? 0 : 1), listener.providers);
        assertTrue(listener.watchedCollected, "the claim seen at #" + WATCHED + " was still reachable after 50,000 more claims");
        assertEquals(List.of(in.claims, in.claims / 2, in.claims * 2), listener.trailer);
    }

    @Test
    void eventsComeInLoopOrderWithOneHeaderPerReceiver() {
        String x12 = "ISA*00*          *00*          *ZZ*CH             *ZZ*US             *240102*0930*^*00501*000000005*0*P*:~"
                + "GS*HN*CH*US*20240102*0930*5*X*005010X214~ST*277*0001*005010X214~BHT*0085*08*B1*20240102*0930*TH~"
                + "HL*1**20*1~NM1*PR*2*PAYER*****PI*12345~"
                + "HL*2*1*21*1~NM1*41*2*US*****46*US1~TRN*2*R1~"
                + "HL*3*2*19*1~NM1*85*2*CLINIC*****XX*P1~STC*A1:19*20240102*WQ~"
                + "HL*4*3*PT~TRN*2*PCN-1~STC*A2:20*20240102*WQ*10~"
                + "HL*5*3*PT~TRN*2*PCN-2~STC*A3:21*20240102*U*20~"
                + "HL*6*1*21*1~NM1*41*2*OTHER*****46*US2~TRN*2*R2~"
                + "HL*7*6*19*1~NM1*85*2*LAB*****XX*P2~"
                + "HL*8*7*PT~TRN*2*PCN-3~STC*A2:20*20240102*WQ*30~"
                + "SE*25*0001~GE*1*5~IEA*1*000000005~";
        List<String> events = new ArrayList<>();
        List<ClaimAcknowledgement> collected = new ArrayList<>();
        ClaimAcknowledgementListener collector = ClaimAcknowledgement.collector(collected::add);
        InboundResult r = InboundReader.read(new java.io.ByteArrayInputStream(x12.getBytes(StandardCharsets.US_ASCII)),
                new InboundListener() {
                    @Override public void acknowledgementHeader(ClaimAcknowledgementHeader h) {
                        events.add("header " + h.receiverTrace() + " from " + h.informationSource().name());
                        collector.acknowledgementHeader(h);
                    }
                    @Override public void providerStatus(ClaimAcknowledgementHeader h, ProviderStatus p) {
                        events.add("provider " + p.provider().id() + " " + p.statuses().size());
                        collector.providerStatus(h, p);
                    }
                    @Override public void claimStatus(ClaimAcknowledgementHeader h, ClaimStatus c) {
                        events.add("claim " + c.patientControlNumber() + " of " + h.receiverTrace() + " by " + c.provider().id());
                        collector.claimStatus(h, c);
                    }
                    @Override public void acknowledgementTrailer(ClaimAcknowledgementSummary s) {
                        events.add("trailer " + s.claims() + " " + s.rejectedClaims());
                        collector.acknowledgementTrailer(s);
                    }
                });
        assertEquals(0, r.issues());
        assertEquals(List.of("header R1 from PAYER", "provider P1 1", "claim PCN-1 of R1 by P1", "claim PCN-2 of R1 by P1",
                "header R2 from PAYER", "provider P2 0", "claim PCN-3 of R2 by P2", "trailer 3 1"), events);
        assertEquals(2, collected.size());
        assertEquals(List.of(2, 1), collected.stream().map(a -> a.claims().size()).toList());
        assertEquals("OTHER", collected.get(1).header().receiver().name());
        assertNull(collected.get(1).header().acceptedQuantity(), "nothing of the first receiver is carried over");
        assertFalse(collected.get(0).claims().get(0).rejected());
    }

    /** Checks every claim as it arrives and keeps only counts and one weak reference. */
    private static final class Counting implements InboundListener {
        long headers;
        long providers;
        long claims;
        boolean watchedCollected;
        List<Long> trailer = List.of();
        final List<X12Issue> issues = new ArrayList<>();
        private WeakReference<ClaimStatus> watched;

        @Override
        public void acknowledgementHeader(ClaimAcknowledgementHeader header) {
            headers++;
            assertEquals("BATCH-1", header.receiverTrace());
        }

        @Override
        public void providerStatus(ClaimAcknowledgementHeader header, ProviderStatus provider) {
            providers++;
            assertEquals("PROV" + providers, provider.provider().id());
        }

        @Override
        public void claimStatus(ClaimAcknowledgementHeader header, ClaimStatus claim) {
            claims++;
            if (!claim.patientControlNumber().equals("PCN" + claims)) {
                throw new AssertionError("claim " + claims + " read as " + claim.patientControlNumber());
            }
            assertEquals(2, claim.lines().size());
            assertEquals(claims % 2 == 0, claim.rejected());
            assertEquals("PROV" + providers, claim.provider().id());
            if (claims == WATCHED) {
                watched = new WeakReference<>(claim);
            } else if (claims == WATCHED + 50_000) {
                watchedCollected = collected(watched);
            }
        }

        @Override
        public void acknowledgementTrailer(ClaimAcknowledgementSummary summary) {
            trailer = List.of(summary.claims(), summary.rejectedClaims(), summary.lines());
        }

        @Override
        public void issue(X12Issue issue) {
            if (issues.size() < 100) {
                issues.add(issue);
            }
        }

        /** Asks for collections until the referent is gone; a retained claim never goes. */
        private static boolean collected(WeakReference<?> ref) {
            for (int i = 0; i < 20 && ref.get() != null; i++) {
                System.gc();
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return ref.get() == null;
        }
    }

    /** ISA, GS, ST, 2000A, 2000B, then providers of 1,000 claims each until 64 MB, then SE, GE, IEA. */
    private static final class Generated277 extends GeneratedInput {
        private static final byte[] HEADER = ("ISA*00*          *00*          *ZZ*PAYER          *ZZ*US             *240102*0930*^*00501*000000001*0*P*:~"
                + "GS*HN*PAYER*US*20240102*0930*1*X*005010X214~ST*277*0001*005010X214~BHT*0085*08*B1*20240102*0930*TH~"
                + "HL*1**20*1~NM1*PR*2*PAYER*****PI*12345~TRN*1*B1~DTP*050*D8*20240101~DTP*009*D8*20240102~"
                + "HL*2*1*21*1~NM1*41*2*US*****46*US1~TRN*2*BATCH-1~STC*A1:19*20240102*WQ*300~QTY*90*1~AMT*YU*100~")
                .getBytes(StandardCharsets.US_ASCII);
        long claims;
        private long hl = 2;
        private long providerHl;
        private long segments = 13; // ST..AMT
        private boolean ended;

        Generated277() {
            super(HEADER);
        }

        @Override
        protected byte[] nextPiece() {
            if (ended) {
                return null;
            }
            StringBuilder s = new StringBuilder(1024);
            if (generated() >= TARGET) {
                s.append("SE*").append(segments + 1).append("*0001~GE*1*1~IEA*1*000000001~");
                ended = true;
            } else {
                if (claims % CLAIMS_PER_PROVIDER == 0) {
                    providerHl = ++hl;
                    s.append("HL*").append(providerHl).append("*2*19*1~NM1*85*2*CLINIC*****XX*PROV")
                            .append(claims / CLAIMS_PER_PROVIDER + 1).append('~');
                    segments += 2;
                }
                claims++;
                String category = claims % 2 == 0 ? "A7:562:85" : "A2:20";
                s.append("HL*").append(++hl).append('*').append(providerHl).append("*PT~")
                        .append("NM1*QC*1*DOE*JANE****MI*M").append(claims).append('~')
                        .append("TRN*2*PCN").append(claims).append('~')
                        .append("STC*").append(category).append("*20240102*WQ*150.25*******Status text for the claim~")
                        .append("REF*1K*PAYERCLAIM").append(claims).append("~REF*D9*TRACE").append(claims).append('~')
                        .append("DTP*472*RD8*20231201-20231203~")
                        .append("SVC*HC:99213:25*100*****1~STC*A2:20*20240102*WQ~REF*FJ*L1~DTP*472*D8*20231201~")
                        .append("SVC*HC:87070*50.25*****1~STC*A2:20*20240102*WQ~REF*FJ*L2~DTP*472*D8*20231202~");
                segments += 15;
            }
            return s.toString().getBytes(StandardCharsets.US_ASCII);
        }
    }
}
