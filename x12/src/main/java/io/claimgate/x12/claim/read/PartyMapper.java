package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Address;
import io.claimgate.x12.claim.ContactInformation;
import io.claimgate.x12.claim.Dependent;
import io.claimgate.x12.claim.Facility;
import io.claimgate.x12.claim.OtherPayer;
import io.claimgate.x12.claim.OtherPayerProvider;
import io.claimgate.x12.claim.OtherSubscriberName;
import io.claimgate.x12.claim.PayToPlan;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.Receiver;
import io.claimgate.x12.claim.ReferenceId;
import io.claimgate.x12.claim.Submitter;
import io.claimgate.x12.claim.Subscriber;
import io.claimgate.x12.syntax.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the name loops of an 837 (NM1 with N3, N4, PER, PRV, REF and DMG) to the claim model's parties:
 * the inverse of how the renderer writes providers, subscriber, patient, payer and submitter.
 */
final class PartyMapper {
    private final Usage usage;

    PartyMapper(Usage usage) {
        this.usage = usage;
    }

    /** NM103-NM107 as organization or person; NM102 decides (1 person, 2 organization). */
    record Name(String organizationName, String lastName, String firstName, String middleName, String suffix) {
    }

    Name name(Segment nm1) {
        if (nm1 == null) {
            return new Name(null, null, null, null, null);
        }
        usage.mark(nm1, 1, 2);
        boolean person = "1".equals(nm1.element(2)) || (!nm1.elementEquals(2, "2") && nm1.has(4));
        if (!person) {
            return new Name(usage.text(nm1, 3), null, null, null, null);
        }
        return new Name(null, usage.text(nm1, 3), usage.text(nm1, 4), usage.text(nm1, 5), usage.text(nm1, 7));
    }

    /** NM109 when NM108 is {@code qualifier}, else null (and NM108/NM109 stay unread). */
    String id(Segment nm1, String qualifier) {
        if (nm1 != null && nm1.elementEquals(8, qualifier)) {
            usage.mark(nm1, 8);
            return usage.text(nm1, 9);
        }
        return null;
    }

    /** N3 and N4 of a loop, or null when it has neither. */
    Address address(LoopNode n) {
        Segment n3 = n.first("N3");
        Segment n4 = n.first("N4");
        if (n3 == null && n4 == null) {
            return null;
        }
        String a1 = n3 == null ? null : usage.text(n3, 1);
        String a2 = n3 == null ? null : usage.text(n3, 2);
        if (n4 == null) {
            return new Address(a1, a2, null, null, null, null, null);
        }
        return new Address(a1, a2, usage.text(n4, 1), usage.text(n4, 2), usage.text(n4, 3), usage.text(n4, 4),
                usage.text(n4, 7));
    }

    /** The first PER of a loop: PER02 name and the TE / EX / FX / EM communication numbers. */
    ContactInformation contact(LoopNode n) {
        Segment per = n.first("PER");
        if (per == null) {
            return null;
        }
        usage.mark(per, 1);
        String phone = null;
        String ext = null;
        String fax = null;
        String email = null;
        for (int q = 3; q <= 7; q += 2) {
            String value = per.element(q + 1);
            switch (per.element(q)) {
                case "TE" -> phone = phone == null ? value : phone;
                case "EX" -> ext = ext == null ? value : ext;
                case "FX" -> fax = fax == null ? value : fax;
                case "EM" -> email = email == null ? value : email;
                default -> {
                    continue;
                }
            }
            usage.mark(per, q, q + 1);
        }
        return new ContactInformation(usage.text(per, 2), blankToNull(phone), blankToNull(ext), blankToNull(fax),
                blankToNull(email));
    }

    /**
     * A provider from its name loop: NM1 (NPI when NM108 = XX), PRV taxonomy (the loop's own, or
     * {@code prv} from the enclosing level for the billing provider), N3/N4, PER, and REF ids.
     */
    Provider provider(ProviderRole role, LoopNode n, Segment prv) {
        Segment nm1 = n.first("NM1");
        Name name = name(nm1);
        String npi = id(nm1, "XX");
        Segment ownPrv = n.first("PRV");
        String taxonomy = taxonomy(ownPrv != null ? ownPrv : prv);
        String employerId = null;
        String ssn = null;
        String license = null;
        String upin = null;
        String commercial = null;
        String location = null;
        List<ReferenceId> others = new ArrayList<>();
        for (Segment ref : n.all("REF")) {
            String q = ref.element(1);
            switch (q) {
                case "EI" -> employerId = first(employerId, ref);
                case "SY" -> ssn = first(ssn, ref);
                case "0B" -> license = first(license, ref);
                case "1G" -> upin = first(upin, ref);
                case "G2" -> commercial = first(commercial, ref);
                case "LU" -> location = first(location, ref);
                default -> {
                    usage.mark(ref, 1);
                    others.add(new ReferenceId(q, usage.text(ref, 2)));
                }
            }
        }
        return new Provider(role, name.organizationName(), name.lastName(), name.firstName(), name.middleName(),
                name.suffix(), npi, taxonomy, employerId, ssn, license, upin, commercial, location, others, address(n),
                contact(n));
    }

    private String taxonomy(Segment prv) {
        if (prv == null) {
            return null;
        }
        usage.mark(prv, 1, 2);
        return usage.text(prv, 3);
    }

    /** Keeps the first REF of a qualifier; a second one stays unread (and so is reported). */
    private String first(String kept, Segment ref) {
        if (kept != null) {
            return kept;
        }
        usage.mark(ref, 1);
        return usage.text(ref, 2);
    }

    /** 1000A: NM1*41 and PER. */
    Submitter submitter(LoopNode n) {
        if (n == null) {
            return null;
        }
        Segment nm1 = n.first("NM1");
        Name name = name(nm1);
        return new Submitter(name.organizationName(), name.lastName(), name.firstName(), name.middleName(),
                id(nm1, "46"), null, contact(n));
    }

    /** 1000B: NM1*40 NM103 (NM109, the receiver's id, is part of the envelope). */
    Receiver receiver(LoopNode n) {
        if (n == null) {
            return null;
        }
        Segment nm1 = n.first("NM1");
        usage.mark(nm1, 1, 2, 8, 9);
        return new Receiver(usage.text(nm1, 3), null, null);
    }

    /** 2000B SBR with 2010BA (NM1*IL, N3/N4, DMG, REF*SY, PER). */
    Subscriber subscriber(LoopNode level, Segment sbr) {
        LoopNode n = level.child(Loop837.L2010BA);
        Segment nm1 = n == null ? null : n.first("NM1");
        Name name = name(nm1);
        String memberId = id(nm1, "MI");
        String ssn = null;
        String dob = null;
        String gender = null;
        Address address = null;
        ContactInformation contact = null;
        if (n != null) {
            Segment ref = n.first("REF", "SY");
            if (ref != null) {
                usage.mark(ref, 1);
                ssn = usage.text(ref, 2);
            }
            Segment dmg = n.first("DMG");
            if (dmg != null) {
                usage.mark(dmg, 1);
                dob = usage.text(dmg, 2);
                gender = usage.text(dmg, 3);
            }
            address = address(n);
            contact = contact(n);
        }
        if (memberId == null && nm1 != null && nm1.elementEquals(8, "II")) {
            usage.mark(nm1, 8);
            memberId = usage.text(nm1, 9); // standard unique health identifier
            return new Subscriber(null, name.organizationName(), name.lastName(), name.firstName(), name.middleName(),
                    name.suffix(), ssn, dob, gender, address, contact, text(sbr, 3), null, text(sbr, 4), text(sbr, 5),
                    text(sbr, 1), memberId);
        }
        return new Subscriber(memberId, name.organizationName(), name.lastName(), name.firstName(), name.middleName(),
                name.suffix(), ssn, dob, gender, address, contact, text(sbr, 3), null, text(sbr, 4), text(sbr, 5),
                text(sbr, 1), null);
    }

    private String text(Segment s, int e) {
        return s == null ? null : usage.text(s, e);
    }

    /** 2000C PAT01 with 2010CA (NM1*QC, N3/N4, DMG). */
    Dependent dependent(LoopNode level) {
        Segment pat = level.first("PAT");
        LoopNode n = level.child(Loop837.L2010CA);
        Segment nm1 = n == null ? null : n.first("NM1");
        Name name = name(nm1);
        String dob = null;
        String gender = null;
        Address address = null;
        ContactInformation contact = null;
        if (n != null) {
            Segment dmg = n.first("DMG");
            if (dmg != null) {
                usage.mark(dmg, 1);
                dob = usage.text(dmg, 2);
                gender = usage.text(dmg, 3);
            }
            address = address(n);
            contact = contact(n);
        }
        return new Dependent(name.lastName() != null ? name.lastName() : name.organizationName(), name.firstName(),
                name.middleName(), name.suffix(), dob, gender, text(pat, 1), null, null, address, contact);
    }

    /** A service facility location (NM1*77): name, NPI, N3/N4, REF, PER (837P). */
    Facility facility(LoopNode n) {
        Segment nm1 = n.first("NM1");
        Name name = name(nm1);
        String npi = id(nm1, "XX");
        List<ReferenceId> refs = new ArrayList<>();
        for (Segment ref : n.all("REF")) {
            usage.mark(ref, 1);
            refs.add(new ReferenceId(ref.element(1), usage.text(ref, 2)));
        }
        ContactInformation contact = contact(n);
        return new Facility(name.organizationName() != null ? name.organizationName() : name.lastName(), npi, address(n), refs,
                contact == null ? null : contact.name(), contact == null ? null : contact.phoneNumber(),
                contact == null ? null : contact.phoneExtension());
    }

    /** 2010AC pay-to plan: NM1*PE, N3/N4, REF*2U/FY/NF, REF*EI. */
    PayToPlan payToPlan(LoopNode n) {
        Segment nm1 = n.first("NM1");
        Name name = name(nm1);
        String qualifier = text(nm1, 8);
        String id = text(nm1, 9);
        String taxId = null;
        List<ReferenceId> refs = new ArrayList<>();
        for (Segment ref : n.all("REF")) {
            usage.mark(ref, 1);
            if (ref.elementEquals(1, "EI") && taxId == null) {
                taxId = usage.text(ref, 2);
            } else {
                refs.add(new ReferenceId(ref.element(1), usage.text(ref, 2)));
            }
        }
        return new PayToPlan(name.organizationName(), qualifier, id, address(n), refs, taxId);
    }

    /** 2330A other subscriber: NM1*IL, N3/N4, REF*SY. */
    OtherSubscriberName otherSubscriberName(LoopNode n) {
        Segment nm1 = n.first("NM1");
        Name name = name(nm1);
        List<String> ids = new ArrayList<>();
        for (Segment ref : n.all("REF")) {
            if (ref.elementEquals(1, "SY")) {
                usage.mark(ref, 1);
                ids.add(usage.text(ref, 2));
            }
        }
        return new OtherSubscriberName(nm1.element(2).isEmpty() ? null : nm1.element(2),
                name.lastName() != null ? name.lastName() : name.organizationName(), name.firstName(), name.middleName(),
                name.suffix(), text(nm1, 8), text(nm1, 9), address(n), ids);
    }

    /** 2330B other payer: NM1*PR, N3/N4, DTP*573, REF. */
    OtherPayer otherPayer(LoopNode n) {
        Segment nm1 = n.first("NM1");
        Name name = name(nm1);
        String paid = null;
        Segment dtp = n.first("DTP", "573");
        if (dtp != null) {
            usage.mark(dtp, 1, 2);
            paid = usage.text(dtp, 3);
        }
        List<ReferenceId> secondary = new ArrayList<>();
        String priorAuth = null;
        String referral = null;
        Boolean adjusted = null;
        String control = null;
        for (Segment ref : n.all("REF")) {
            usage.mark(ref, 1);
            String v = usage.text(ref, 2);
            switch (ref.element(1)) {
                case "G1" -> priorAuth = v;
                case "9F" -> referral = v;
                case "T4" -> adjusted = "Y".equals(v) ? Boolean.TRUE : null;
                case "F8" -> control = v;
                default -> secondary.add(new ReferenceId(ref.element(1), v));
            }
        }
        return new OtherPayer(name.organizationName() != null ? name.organizationName() : name.lastName(), text(nm1, 8),
                text(nm1, 9), address(n), paid, secondary, priorAuth, referral, adjusted, control);
    }

    /** 2330C-2330I: NM1 with the role's entity code and REF ids. */
    OtherPayerProvider otherPayerProvider(LoopNode n) {
        Segment nm1 = n.first("NM1");
        usage.mark(nm1, 1);
        String entity = nm1.element(1);
        boolean facility = "77".equals(entity);
        ProviderRole role = facility ? null : roleOf(entity);
        List<ReferenceId> refs = new ArrayList<>();
        for (Segment ref : n.all("REF")) {
            usage.mark(ref, 1);
            refs.add(new ReferenceId(ref.element(1), usage.text(ref, 2)));
        }
        return new OtherPayerProvider(role, facility, text(nm1, 2), refs);
    }

    /**
     * Reads one provider or service facility name loop (2310x of a claim, 2420x of a line) into
     * {@code providers}, and returns the service facility (loop NM1*77) when it is the first one seen, else
     * {@code facility}. Entities the model has no field for (ambulance locations, purchased service) and a
     * second provider in one role stay unread, so they are reported as such.
     */
    Facility nameLoop(LoopNode loop, List<Provider> providers, Facility facility) {
        Segment nm1 = loop.first("NM1");
        String entity = nm1.element(1);
        if ("77".equals(entity)) {
            usage.mark(nm1, 1);
            return facility == null ? facility(loop) : facility;
        }
        ProviderRole role = roleOf(entity);
        if (role != null && providers.stream().noneMatch(p -> p.role() == role)) {
            providers.add(provider(role, loop, null));
        }
        return facility;
    }

    /** The provider role an NM101 entity code names (P3, primary care provider, reads as referring). */
    static ProviderRole roleOf(String entity) {
        if ("P3".equals(entity)) {
            return ProviderRole.REFERRING;
        }
        for (ProviderRole r : ProviderRole.values()) {
            if (r.entityCode().equals(entity)) {
                return r;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
