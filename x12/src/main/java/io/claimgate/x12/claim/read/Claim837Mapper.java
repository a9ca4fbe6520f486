package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Address;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.Dependent;
import io.claimgate.x12.claim.Facility;
import io.claimgate.x12.claim.Note;
import io.claimgate.x12.claim.OtherSubscriber;
import io.claimgate.x12.claim.PayToPlan;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.Receiver;
import io.claimgate.x12.claim.ServiceLine;
import io.claimgate.x12.claim.Submitter;
import io.claimgate.x12.claim.Subscriber;
import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Error;
import io.claimgate.x12.syntax.X12Issue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps one claim's loops to the claim model: the inverse of the JSON-to-837 mapping
 * ({@code mappings/claim-json-to-837.md}). Every element the model has no field for is reported as a
 * warning with its position; values that cannot be what they claim to be (an amount that is not a
 * number, a second occurrence of something the model holds once) are errors.
 */
public final class Claim837Mapper {
    private static final Comparator<X12Issue> FILE_ORDER = Comparator
            .comparingLong((X12Issue i) -> i.position().segmentIndex())
            .thenComparingInt(i -> i.position().element())
            .thenComparingInt(i -> i.position().component());

    private Claim837Mapper() {
    }

    /** Maps {@code loops} to a claim with its issues, in file order. */
    public static ReadClaim map(ClaimLoops loops) {
        Usage usage = new Usage();
        for (X12Issue i : loops.issues()) {
            usage.issue(i);
        }
        Guide837 guide = loops.guide();
        PartyMapper parties = new PartyMapper(usage);
        ClaimInformationMapper info = new ClaimInformationMapper(usage, guide);
        OtherSubscriberMapper cob = new OtherSubscriberMapper(usage, parties);
        ServiceLineMapper lines = new ServiceLineMapper(usage, parties, info, cob);

        // Header: ST, BHT, 1000A, 1000B.
        LoopNode header = loops.header();
        header.all("ST").forEach(st -> usage.mark(st, 1, 2, 3));
        Segment bht = header.first("BHT");
        String controlNumber = null;
        String claimIdentifier = null;
        if (bht != null) {
            usage.mark(bht, 1, 4, 5);
            if (bht.elementEquals(2, "00")) {
                usage.mark(bht, 2); // original; 18 (reissue) has no model field
            }
            controlNumber = usage.text(bht, 3);
            claimIdentifier = usage.text(bht, 6);
        }
        Submitter submitter = parties.submitter(header.child(Loop837.L1000A));
        Receiver receiver = parties.receiver(header.child(Loop837.L1000B));

        // 2000A billing provider.
        List<Provider> providers = new ArrayList<>();
        Address payToAddress = null;
        PayToPlan payToPlan = null;
        LoopNode billing = loops.billingProvider();
        if (billing != null) {
            markHl(usage, billing);
            Segment prv = billing.first("PRV");
            LoopNode aa = billing.child(Loop837.L2010AA);
            if (aa != null) {
                providers.add(parties.provider(ProviderRole.BILLING, aa, prv));
            }
            LoopNode ab = billing.child(Loop837.L2010AB);
            if (ab != null) {
                usage.mark(ab.first("NM1"), 1, 2);
                payToAddress = parties.address(ab);
            }
            LoopNode ac = billing.child(Loop837.L2010AC);
            if (ac != null) {
                payToPlan = parties.payToPlan(ac);
            }
        }
        if (providers.isEmpty()) {
            usage.problem(loops.claim().segments().get(0), 0, X12Error.REQUIRED_SEGMENT_MISSING,
                    "Claim has no billing provider (loop 2010AA)", "2300");
        }

        // 2000B subscriber and payer.
        LoopNode sub = loops.subscriber();
        Subscriber subscriber = null;
        String payerId = null;
        String payerName = null;
        Address payerAddress = null;
        String claimFilingCode = null;
        String propertyCasualtyClaimNumber = null;
        Segment patientPat = null;
        if (sub != null) {
            markHl(usage, sub);
            Segment sbr = sub.first("SBR");
            if (sbr != null) {
                usage.mark(sbr, 2); // 18 when the patient is the subscriber; implied by the 2000C level
                claimFilingCode = usage.text(sbr, 9);
            }
            subscriber = parties.subscriber(sub, sbr);
            patientPat = sub.first("PAT");
            propertyCasualtyClaimNumber = propertyCasualtyClaimNumber(usage, sub.child(Loop837.L2010BA));
            LoopNode bb = sub.child(Loop837.L2010BB);
            if (bb != null) {
                Segment nm1 = bb.first("NM1");
                usage.mark(nm1, 1, 2, 8);
                payerName = usage.text(nm1, 3);
                payerId = usage.text(nm1, 9);
                payerAddress = parties.address(bb);
                if (!providers.isEmpty()) {
                    providers.set(0, billingSecondaryIds(usage, providers.get(0), bb));
                }
            }
        } else {
            usage.problem(loops.claim().segments().get(0), 0, X12Error.REQUIRED_SEGMENT_MISSING,
                    "Claim has no subscriber level (loop 2000B)", "2300");
        }

        // 2000C patient.
        Dependent dependent = null;
        if (loops.patient() != null) {
            markHl(usage, loops.patient());
            dependent = parties.dependent(loops.patient());
            patientPat = loops.patient().first("PAT");
            String patientY4 = propertyCasualtyClaimNumber(usage, loops.patient().child(Loop837.L2010CA));
            propertyCasualtyClaimNumber = patientY4 != null ? patientY4 : propertyCasualtyClaimNumber;
        }

        // 2300 claim.
        LoopNode claim = loops.claim();
        Segment clm = claim.first("CLM");
        Facility facility = null;
        List<OtherSubscriber> others = new ArrayList<>();
        List<ServiceLine> serviceLines = new ArrayList<>();
        Address pickUp = null;
        Address dropOff = null;
        for (LoopNode child : claim.children()) {
            switch (child.loop()) {
                case L2320 -> others.add(cob.otherSubscriber(child));
                case L2400 -> serviceLines.add(lines.line(child));
                default -> {
                    Address p = pickUp == null ? info.ambulanceLocation(child, "PW") : null;
                    Address d = p == null && dropOff == null ? info.ambulanceLocation(child, "45") : null;
                    if (p != null) {
                        pickUp = p;
                    } else if (d != null) {
                        dropOff = d;
                    } else {
                        facility = parties.nameLoop(child, providers, facility);
                    }
                }
            }
        }

        ClaimInformationMapper.Codes codes = info.codes(claim);
        // 837I: NTE*ADD is the billing note; the other NTE codes are claim notes.
        String billingNote = null;
        List<Note> notes = new ArrayList<>();
        for (Note note : info.notes(claim)) {
            if (guide == Guide837.INSTITUTIONAL && "ADD".equals(note.code()) && billingNote == null) {
                billingNote = note.text();
            } else {
                notes.add(note);
            }
        }
        Boolean signatureSource = null;
        if (clm.has(10)) {
            signatureSource = "P".equals(usage.text(clm, 10)) ? Boolean.TRUE : null;
        }
        List<String> relatedCauses = new ArrayList<>();
        for (int c = 1; c <= 3; c++) {
            String cause = usage.component(clm, 11, c);
            if (cause != null) {
                relatedCauses.add(cause);
            }
        }
        usage.component(clm, 5, 2); // B (837P) or A (837I): implied by the guide
        Boolean homebound = null;
        for (Segment crc : claim.all("CRC")) {
            if (crc.elementEquals(1, "75") && homebound == null) {
                usage.mark(crc, 1, 3);
                homebound = "Y".equals(usage.text(crc, 2));
            }
        }
        String deathDate = null;
        String weight = null;
        String pregnancy = null;
        if (patientPat != null) {
            if (patientPat.elementEquals(5, "D8")) {
                usage.mark(patientPat, 5);
                deathDate = usage.text(patientPat, 6);
            }
            if (patientPat.elementEquals(7, "01")) {
                usage.mark(patientPat, 7);
                weight = usage.text(patientPat, 8);
            }
            pregnancy = usage.text(patientPat, 9);
        }
        ClaimInformation information = new ClaimInformation(claimFilingCode, usage.text(clm, 1), usage.decimal(clm, 2, "2300"),
                usage.component(clm, 5, 1), usage.component(clm, 5, 3), usage.text(clm, 6), usage.text(clm, 7),
                usage.text(clm, 8), usage.text(clm, 9), signatureSource, relatedCauses, usage.component(clm, 11, 4),
                usage.component(clm, 11, 5), usage.text(clm, 12), usage.text(clm, 20), pregnancy, homebound,
                usage.amount(claim, "F5"), usage.amount(claim, "F3"), propertyCasualtyClaimNumber, weight, deathDate,
                info.dates(claim), info.supplemental(claim), notes, billingNote, codes.diagnoses, codes.procedures,
                codes.occurrences, codes.spans, codes.values, codes.conditions, codes.drg, info.institutionalCodes(claim),
                facility, others, serviceLines, info.contract(claim), info.fileInformation(claim),
                info.spinalManipulation(claim), info.conditions(claim, "ZZ"), info.ambulance(claim, pickUp, dropOff));

        // One provider per role; the order is the role order, whatever the order of the loops in the file.
        providers.sort(Comparator.comparingInt((Provider p) -> p.role().ordinal()));
        String usageIndicator = loops.envelope().usageIndicator().isEmpty() ? null : loops.envelope().usageIndicator();
        Claim result = new Claim(guide == Guide837.INSTITUTIONAL ? ClaimKind.INSTITUTIONAL : ClaimKind.PROFESSIONAL,
                controlNumber, payerId, payerName, usageIndicator, claimIdentifier, submitter, receiver, subscriber, dependent,
                providers, payerAddress, payToAddress, payToPlan, information);

        usage.reportUnread(header);
        usage.reportUnread(billing);
        usage.reportUnread(sub);
        usage.reportUnread(loops.patient());
        usage.reportUnread(claim);
        List<X12Issue> issues = new ArrayList<>(usage.issues());
        issues.sort(FILE_ORDER);
        return new ReadClaim(loops.envelope(), result, issues);
    }

    /** REF*Y4 of 2010BA or 2010CA: the property and casualty claim number. */
    private static String propertyCasualtyClaimNumber(Usage usage, LoopNode name) {
        Segment y4 = name == null ? null : name.first("REF", "Y4");
        if (y4 == null) {
            return null;
        }
        usage.mark(y4, 1);
        return usage.text(y4, 2);
    }

    private static void markHl(Usage usage, LoopNode level) {
        Segment hl = level.first("HL");
        if (hl != null) {
            usage.mark(hl, 1, 2, 3, 4);
        }
    }

    /**
     * 2010BB REF*G2 / REF*LU: the billing provider's secondary ids (5010 carries them under the payer, not in
     * 2010AA), read into the billing provider's {@code commercialNumber} and {@code locationNumber}.
     */
    private static Provider billingSecondaryIds(Usage usage, Provider billing, LoopNode payer) {
        Segment g2 = payer.first("REF", "G2");
        Segment lu = payer.first("REF", "LU");
        if (g2 == null && lu == null || billing.role() != ProviderRole.BILLING) {
            return billing;
        }
        String commercial = billing.commercialNumber();
        String location = billing.locationNumber();
        if (g2 != null) {
            usage.mark(g2, 1);
            commercial = usage.text(g2, 2);
        }
        if (lu != null) {
            usage.mark(lu, 1);
            location = usage.text(lu, 2);
        }
        return new Provider(billing.role(), billing.organizationName(), billing.lastName(), billing.firstName(),
                billing.middleName(), billing.suffix(), billing.npi(), billing.taxonomyCode(), billing.employerId(),
                billing.ssn(), billing.stateLicenseNumber(), billing.providerUpinNumber(), commercial, location,
                billing.otherIdentifiers(), billing.address(), billing.contactInformation());
    }
}
