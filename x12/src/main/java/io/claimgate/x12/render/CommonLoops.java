package io.claimgate.x12.render;

import io.claimgate.x12.claim.Address;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ContactInformation;
import io.claimgate.x12.claim.Dependent;
import io.claimgate.x12.claim.PayToPlan;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.ReferenceId;
import io.claimgate.x12.claim.Receiver;
import io.claimgate.x12.claim.Submitter;
import io.claimgate.x12.claim.Subscriber;
import io.claimgate.x12.codes.PostalCodes;
import java.util.List;

/**
 * The loops 837P and 837I write alike: 1000A submitter, 1000B receiver, 2000A/2010AA/2010AB/2010AC billing
 * and pay-to, 2010BA subscriber, 2010BB payer, 2010CA patient, and a provider's NM1/N3/N4/REF/PER.
 */
final class CommonLoops {
    private CommonLoops() {
    }

    /** 1000A NM1*41 + PER*IC, 1000B NM1*40. */
    static void header(Segments out, Claim c, RenderSettings s) {
        Submitter sub = c.submitter();
        String submitterId = sub == null || Segments.isEmpty(sub.submitterIdentification()) ? s.submitterId()
                : sub.submitterIdentification();
        if (sub == null) {
            out.missing("submitter", "NM103", "the submitter is required (1000A)");
        } else {
            out.nm1("41", sub.organizationName(), sub.lastName(), sub.firstName(), sub.middleName(), null, "46",
                    submitterId, "submitter", "submitterIdentification");
            per(out, sub.contactInformation(), "submitter.contactInformation");
        }
        Receiver r = c.receiver();
        out.nm1("40", r == null ? null : r.organizationName(), null, null, null, null, "46", s.receiverPrimaryId(),
                "receiver", "receiverId");
    }

    static void per(Segments out, ContactInformation ci, String path) {
        if (ci != null) {
            out.per(ci.name(), ci.phoneNumber(), ci.phoneExtension(), ci.faxNumber(), ci.email(), path);
        }
    }

    /**
     * The guides require the nine-digit ZIP code for a U.S. address of the billing provider (2010AA) and of the
     * service facility (837P 2310C, 837I 2310E): a five-digit one is refused.
     */
    static void zipPlus4(Segments out, Address a, String path, String loop) {
        if (a == null || Segments.isEmpty(a.postalCode())) {
            return;
        }
        boolean us = Segments.isEmpty(a.countryCode()) || "US".equals(a.countryCode()) || "USA".equals(a.countryCode());
        if (us && !PostalCodes.zip9(a.postalCode())) {
            out.missing(path + ".postalCode", "N403", "the guide requires the nine-digit ZIP code (ZIP+4) in " + loop);
        }
    }

    /**
     * SBR09, the claim filing indicator (2000B and 2320): situational in the guides "until the National Health Plan
     * ID is mandated", which it never was, so payers require it.
     */
    static void claimFilingCode(Segments out, String code, String path) {
        if (Segments.isEmpty(code)) {
            out.missing(path, "SBR09", "the claim filing indicator code is required (SBR09)");
        }
    }

    static void address(Segments out, Address a, String path) {
        if (a != null) {
            out.n3(a.address1(), a.address2(), path);
            out.n4(a.city(), a.state(), a.postalCode(), a.countryCode(), a.countrySubDivisionCode(), path);
        }
    }

    /**
     * 2000A after its HL: PRV*BI, 2010AA NM1*85 / N3 / N4 (ZIP+4) / REF*EI (837P also SY) / REF*0B,1G (837P only) /
     * PER, 2010AB NM1*87 pay-to address, 2010AC NM1*PE pay-to plan. The 837I billing provider is an organization
     * (NM102 = 2) identified by its EIN: the 837I guide has neither REF*SY nor the UPIN/license REF in 2010AA.
     *
     * @param payToPlanPath JSON name of the pay-to plan object ({@code payToPlan} or {@code billingPayToPlanName})
     * @param professional  837P (person billing providers, REF*SY and REF*0B/1G allowed) or 837I
     */
    static void billingProvider(Segments out, Claim c, String payToAddressPath, String payToPlanPath, boolean professional) {
        Provider b = c.billing();
        if (b == null) {
            out.missing("billing", "NM109", "the billing provider is required (2010AA)");
            return;
        }
        String path = "billing";
        if (!professional && Segments.isEmpty(b.organizationName())) {
            out.missing(path + ".organizationName", "NM103", "the 837I billing provider is an organization (2010AA NM102 = 2)");
        }
        out.prv("BI", b.taxonomyCode(), path);
        out.nm1("85", b.organizationName(), b.lastName(), b.firstName(), b.middleName(), b.suffix(), "XX", b.npi(),
                path, "npi");
        address(out, b.address(), path + ".address");
        zipPlus4(out, b.address(), path + ".address", "2010AA");
        if (!Segments.isEmpty(b.employerId())) {
            out.ref("EI", b.employerId(), path, "employerId");
        } else if (professional && !Segments.isEmpty(b.ssn())) {
            out.ref("SY", b.ssn(), path, "ssn");
        } else if (professional) {
            out.missing(path + ".employerId", "REF02", "the billing provider's tax id (employerId or ssn) is required (2010AA REF*EI)");
        } else {
            out.missing(path + ".employerId", "REF02", "the 837I billing provider's employer id is required (2010AA REF*EI; no SSN in 837I)");
        }
        if (professional) {
            out.ref("0B", b.stateLicenseNumber(), path, "stateLicenseNumber");
            out.ref("1G", b.providerUpinNumber(), path, "providerUpinNumber");
        }
        per(out, b.contactInformation(), path + ".contactInformation");
        Address payTo = c.payToAddress();
        if (payTo != null && !payTo.equals(b.address())) {
            out.nm1("87", "2");
            address(out, payTo, payToAddressPath);
        }
        PayToPlan plan = c.payToPlan();
        if (plan != null) {
            out.nm1("PE", plan.organizationName(), null, null, null, null, plan.primaryIdentifierQualifier(),
                    plan.primaryIdentifier(), payToPlanPath, "primaryIdentifier");
            address(out, plan.address(), payToPlanPath + ".address");
            refs(out, plan.secondaryIdentifiers(), "2UFYNF", payToPlanPath + ".secondaryIdentifiers");
            out.ref("EI", plan.taxId(), payToPlanPath, "taxId");
        }
    }

    /**
     * 2010BA subscriber NM1*IL / N3 / N4 / DMG (when the subscriber is the patient) / REF*SY, and 2010BB payer
     * NM1*PR (PI = tradingPartnerServiceId) / N3 / N4 / REF*G2,LU billing provider secondary ids.
     */
    static void subscriberAndPayer(Segments out, Claim c, boolean patientIsSubscriber) {
        Subscriber s = c.subscriber();
        if (s == null) {
            out.missing("subscriber", "NM103", "the subscriber is required (2010BA)");
        } else {
            out.nm1("IL", s.organizationName(), s.lastName(), s.firstName(), s.middleName(), s.suffix(), "MI",
                    s.memberId(), "subscriber", "memberId");
            address(out, s.address(), "subscriber.address");
            if (patientIsSubscriber) {
                out.dmg(s.dateOfBirth(), s.gender(), "subscriber");
            }
            out.ref("SY", s.ssn(), "subscriber", "ssn");
            if (patientIsSubscriber) {
                out.ref("Y4", c.claimInformation().propertyCasualtyClaimNumber(), "claimInformation", "propertyCasualtyClaimNumber");
            }
        }
        String payerName = c.tradingPartnerName();
        String payerNamePath = "tradingPartnerName";
        if (Segments.isEmpty(payerName) && c.receiver() != null) {
            // the payer's name is required; without tradingPartnerName the receiver (usually the payer itself) names it
            payerName = c.receiver().organizationName();
            payerNamePath = "receiver.organizationName";
        }
        out.seg("NM1", "", Fields.of("NM103", payerNamePath, "NM109", "tradingPartnerServiceId"))
                .e("PR").e("2").e(payerName).skip(4).e("PI").e(c.tradingPartnerServiceId()).end();
        address(out, c.payerAddress(), "payerAddress");
        Provider b = c.billing();
        if (b != null) {
            // 5010 moved the billing provider's payer-assigned ids from 2010AA to 2010BB (REF*G2 / REF*LU, once each)
            billingSecondary(out, b, "G2", b.commercialNumber(), "commercialNumber");
            billingSecondary(out, b, "LU", b.locationNumber(), "locationNumber");
        }
    }

    /**
     * One 2010BB billing provider secondary id: the named field ({@code commercialNumber} G2,
     * {@code locationNumber} LU), else the first {@code secondaryIdentifier} sent with that qualifier.
     */
    private static void billingSecondary(Segments out, Provider b, String qualifier, String named, String field) {
        if (!Segments.isEmpty(named)) {
            out.ref(qualifier, named, "billing", field);
            return;
        }
        for (int i = 0; i < b.otherIdentifiers().size(); i++) {
            ReferenceId id = b.otherIdentifiers().get(i);
            if (qualifier.equals(id.qualifier()) && !Segments.isEmpty(id.identifier())) {
                out.ref(qualifier, id.identifier(), "billing.otherIdentifiers[" + i + "]", "identifier");
                return;
            }
        }
    }

    /** 2010CA patient NM1*QC / N3 / N4 / DMG / REF*Y4 property and casualty claim number. */
    static void patient(Segments out, Dependent d, String propertyCasualtyClaimNumber) {
        out.nm1("QC", null, d.lastName(), d.firstName(), d.middleName(), d.suffix(), null, null, "dependent", null);
        address(out, d.address(), "dependent.address");
        out.dmg(d.dateOfBirth(), d.gender(), "dependent");
        out.ref("Y4", propertyCasualtyClaimNumber, "claimInformation", "propertyCasualtyClaimNumber");
    }

    /**
     * A 2310x/2420x provider: NM1 with the role's entity code (person or organization, XX NPI), PRV with
     * {@code prvCode} when given and the provider has a taxonomy, then REF secondary ids whose qualifier is
     * in {@code refQualifiers} (two-character codes run together, e.g. {@code "0B1GG2LU"}).
     */
    static void provider(Segments out, Provider p, String prvCode, String refQualifiers, boolean withAddress, String path) {
        out.nm1(p.role().entityCode(), p.organizationName(), p.lastName(), p.firstName(), p.middleName(), p.suffix(),
                "XX", p.npi(), path, "npi");
        if (prvCode != null) {
            out.prv(prvCode, p.taxonomyCode(), path);
        }
        if (withAddress) {
            address(out, p.address(), path + ".address");
        }
        providerRefs(out, p, refQualifiers, path);
    }

    /** REF secondary ids of a provider, those whose qualifier {@code allowed} lists. */
    static void providerRefs(Segments out, Provider p, String allowed, String path) {
        if (qualifierIn("0B", allowed)) {
            out.ref("0B", p.stateLicenseNumber(), path, "stateLicenseNumber");
        }
        if (qualifierIn("1G", allowed)) {
            out.ref("1G", p.providerUpinNumber(), path, "providerUpinNumber");
        }
        if (qualifierIn("G2", allowed)) {
            out.ref("G2", p.commercialNumber(), path, "commercialNumber");
        }
        if (qualifierIn("LU", allowed)) {
            out.ref("LU", p.locationNumber(), path, "locationNumber");
        }
        refs(out, p.otherIdentifiers(), allowed, path + ".otherIdentifiers");
    }

    /** REF for each id whose qualifier {@code allowed} lists (two-character codes run together). */
    static void refs(Segments out, List<ReferenceId> ids, String allowed, String path) {
        for (int i = 0; i < ids.size(); i++) {
            ReferenceId id = ids.get(i);
            if (qualifierIn(id.qualifier(), allowed)) {
                out.ref(id.qualifier(), id.identifier(), path + "[" + i + "]", "identifier");
            }
        }
    }

    static boolean qualifierIn(String qualifier, String allowed) {
        if (qualifier == null || qualifier.length() != 2) {
            return false;
        }
        for (int i = 0; i + 1 < allowed.length(); i += 2) {
            if (allowed.charAt(i) == qualifier.charAt(0) && allowed.charAt(i + 1) == qualifier.charAt(1)) {
                return true;
            }
        }
        return false;
    }

    /** An ICD code as X12 wants it: without the dot. */
    static String icd(String code) {
        return code == null || code.indexOf('.') < 0 ? code : code.replace(".", "");
    }
}
