package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Adjustment;
import io.claimgate.x12.claim.AdjustmentGroup;
import io.claimgate.x12.claim.MedicareOutpatientAdjudication;
import io.claimgate.x12.claim.OtherPayer;
import io.claimgate.x12.claim.OtherPayerProvider;
import io.claimgate.x12.claim.OtherSubscriber;
import io.claimgate.x12.claim.OtherSubscriberName;
import io.claimgate.x12.syntax.Segment;
import java.util.ArrayList;
import java.util.List;

/** Maps loop 2320 (other subscriber, CAS, AMT, OI, MOA) with its 2330x loops to an {@link OtherSubscriber}. */
final class OtherSubscriberMapper {
    private final Usage usage;
    private final PartyMapper parties;

    OtherSubscriberMapper(Usage usage, PartyMapper parties) {
        this.usage = usage;
        this.parties = parties;
    }

    OtherSubscriber otherSubscriber(LoopNode n) {
        Segment sbr = n.first("SBR");
        Segment oi = n.first("OI");
        Boolean signature = null;
        if (oi != null && oi.has(4)) {
            signature = "P".equals(usage.text(oi, 4)) ? Boolean.TRUE : null;
        }
        OtherSubscriberName name = null;
        OtherPayer payer = null;
        List<OtherPayerProvider> providers = new ArrayList<>();
        for (LoopNode child : n.children()) {
            switch (child.loop()) {
                case L2330A -> name = name == null ? parties.otherSubscriberName(child) : name;
                case L2330B -> payer = payer == null ? parties.otherPayer(child) : payer;
                default -> providers.add(parties.otherPayerProvider(child));
            }
        }
        return new OtherSubscriber(usage.text(sbr, 1), usage.text(sbr, 2), usage.text(sbr, 3), usage.text(sbr, 4),
                usage.text(sbr, 5), usage.text(sbr, 9), adjustments(n), usage.amount(n, "D"), usage.amount(n, "A8"),
                usage.amount(n, "EAF"), oi == null ? null : usage.text(oi, 3), signature,
                oi == null ? null : usage.text(oi, 6), moa(n.first("MOA")), name, payer, providers);
    }

    /** CAS segments: group code and up to six reason / amount / quantity triples. */
    List<AdjustmentGroup> adjustments(LoopNode n) {
        List<AdjustmentGroup> out = new ArrayList<>();
        for (Segment cas : n.all("CAS")) {
            List<Adjustment> triples = new ArrayList<>();
            for (int e = 2; e <= 17; e += 3) {
                if (!cas.has(e) && !cas.has(e + 1) && !cas.has(e + 2)) {
                    continue;
                }
                triples.add(new Adjustment(usage.text(cas, e), usage.decimal(cas, e + 1, n.loop().id()),
                        usage.decimal(cas, e + 2, n.loop().id())));
            }
            out.add(new AdjustmentGroup(usage.text(cas, 1), triples));
        }
        return out;
    }

    private MedicareOutpatientAdjudication moa(Segment moa) {
        if (moa == null) {
            return null;
        }
        List<String> remarks = new ArrayList<>();
        for (int e = 3; e <= 7; e++) {
            String r = usage.text(moa, e);
            if (r != null) {
                remarks.add(r);
            }
        }
        return new MedicareOutpatientAdjudication(usage.decimal(moa, 1, "2320"), usage.decimal(moa, 2, "2320"), remarks,
                usage.decimal(moa, 8, "2320"), usage.decimal(moa, 9, "2320"));
    }
}
