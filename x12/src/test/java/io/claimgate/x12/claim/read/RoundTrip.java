package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.ClaimKind;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.ProviderRole;
import io.claimgate.x12.claim.ReferenceId;
import io.claimgate.x12.claim.ServiceLine;
import io.claimgate.x12.claim.Submitter;
import io.claimgate.x12.claim.Subscriber;
import io.claimgate.x12.render.ClaimPlacement;
import io.claimgate.x12.render.RenderSettings;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What reading back a rendered claim can give: the claim as sent, with the values the 837 does not carry
 * ("carried, not rendered" in mappings/claim-json-to-837.md) removed and what the renderer writes in their
 * place put in. Everything else must come back exactly.
 */
final class RoundTrip {
    private RoundTrip() {
    }

    static Claim expected(Claim c, ClaimPlacement placement, RenderSettings settings) {
        // ST02 / BHT03 come from the batch (several claims share a transaction set), BHT06 defaults to CH.
        c = with(c, "controlNumber", placement.batchReference());
        if (c.claimIdentifier() == null) {
            c = with(c, "claimIdentifier", "CH");
        }
        Submitter s = c.submitter();
        if (s != null) {
            if (s.submitterIdentification() == null) {
                s = with(s, "submitterIdentification", settings.submitterId() != null ? settings.submitterId() : settings.senderId());
            }
            c = with(c, "submitter", with(s, "taxId", null)); // 837I submitter.taxId: carried, no 1000A REF
        }
        if (c.tradingPartnerName() == null && c.receiver() != null) {
            c = with(c, "tradingPartnerName", c.receiver().organizationName()); // 2010BB NM103 falls back to it
        }
        if (c.usageIndicator() == null) {
            c = with(c, "usageIndicator", Boolean.TRUE.equals(settings.production()) ? "P" : "T"); // ISA15
        }
        Subscriber sub = c.subscriber();
        if (sub != null && sub.groupNumber() == null && sub.policyNumber() != null) {
            // SBR03 carries groupNumber, else policyNumber; it reads back as groupNumber
            c = with(c, "subscriber", with(with(sub, "groupNumber", sub.policyNumber()), "policyNumber", null));
        } else if (sub != null && sub.policyNumber() != null) {
            // both given: SBR03 has room for one, the group number; the policy number is carried
            c = with(c, "subscriber", with(sub, "policyNumber", null));
        }
        if (c.dependent() != null) {
            // no 2010CA member id, SSN or contact in 5010: carried, not rendered
            c = with(c, "dependent", with(with(with(c.dependent(), "memberId", null), "ssn", null),
                    "contactInformation", null));
        }
        sub = c.subscriber();
        if (sub != null && c.dependent() != null) {
            // 2010BA DMG is written only when the subscriber is the patient
            c = with(c, "subscriber", with(with(sub, "dateOfBirth", null), "gender", null));
        }
        sub = c.subscriber();
        if (sub != null && c.kind() == ClaimKind.PROFESSIONAL && !medicareSecondary(sub, c.claimInformation().claimFilingCode())) {
            // 837P 2000B SBR05 is sent only when Medicare is the payer and not the primary one
            c = with(c, "subscriber", with(sub, "insuranceTypeCode", null));
        }
        if (c.receiver() != null) {
            c = with(c, "receiver", with(c.receiver(), "taxId", null)); // carried, no 1000B REF
        }
        List<Provider> providers = new ArrayList<>();
        for (Provider p : c.providers()) {
            providers.add(provider(p, c.kind()));
        }
        providers.sort(Comparator.comparingInt((Provider p) -> p.role().ordinal()));
        c = with(c, "providers", providers);

        ClaimInformation ci = c.claimInformation();
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Diagnosis d : ci.diagnoses()) {
            // HI0x-9 present on admission is not used for the admitting diagnosis nor the reasons for visit
            String poa = d.isAdmitting() || d.isReasonForVisit() ? null : d.presentOnAdmission();
            diagnoses.add(new Diagnosis(d.qualifier(), d.code() == null ? null : d.code().replace(".", ""), poa));
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < ci.serviceLines().size(); i++) {
            ServiceLine line = ci.serviceLines().get(i);
            List<Provider> lineProviders = new ArrayList<>(line.providers());
            lineProviders.sort(Comparator.comparingInt((Provider p) -> p.role().ordinal()));
            // LX01 is numbered 1..n by the renderer
            line = with(with(line, "assignedNumber", String.valueOf(i + 1)), "providers", lineProviders);
            if (line.serviceDateEnd() != null && line.serviceDateEnd().equals(line.serviceDate())) {
                line = with(line, "serviceDateEnd", null); // a one-day range is written DTP*472*D8
            }
            lines.add(line);
        }
        ci = with(with(ci, "diagnoses", diagnoses), "serviceLines", lines);
        if (c.kind() == ClaimKind.INSTITUTIONAL) {
            ci = with(ci, "signatureIndicator", null); // the 837I CLM has no provider signature indicator
        }
        return with(c, "claimInformation", ci);
    }

    /** A claim-level provider as its 2010AA / 2310x loop carries it. */
    private static Provider provider(Provider p, ClaimKind kind) {
        if (p.organizationName() != null) {
            // NM102 2 (organization): the person's names are not written
            p = with(with(with(with(p, "lastName", null), "firstName", null), "middleName", null), "suffix", null);
        }
        if (p.role() == ProviderRole.BILLING) {
            // 2010BB REF*G2 / REF*LU carry commercialNumber / locationNumber (or the first secondaryIdentifier with
            // that qualifier); the other secondary ids (FY/NF/2U) have no place in 5010: carried
            for (ReferenceId r : p.otherIdentifiers()) {
                String field = r.qualifier().equals("G2") ? "commercialNumber" : r.qualifier().equals("LU") ? "locationNumber" : null;
                if (field != null && fieldValue(p, field) == null) {
                    p = with(p, field, r.identifier());
                }
            }
            return with(p, "otherIdentifiers", List.of());
        }
        // 2310x carry no REF*EI / REF*SY, no N3/N4 and (but for ordering) no PER; in the 837I only the
        // attending provider (2310A) has a PRV
        p = with(with(with(p, "employerId", null), "ssn", null), "address", null);
        if (kind == ClaimKind.INSTITUTIONAL && p.role() != ProviderRole.ATTENDING) {
            p = with(p, "taxonomyCode", null);
        }
        if (p.role() != ProviderRole.ORDERING) {
            p = with(p, "contactInformation", null);
        }
        // a secondary id sent as {qualifier, identifier} reads back as the field its REF qualifier names
        List<ReferenceId> other = new ArrayList<>();
        for (ReferenceId r : p.otherIdentifiers()) {
            String field = switch (r.qualifier()) {
                case "0B" -> "stateLicenseNumber";
                case "1G" -> "providerUpinNumber";
                case "G2" -> "commercialNumber";
                case "LU" -> "locationNumber";
                default -> null;
            };
            if (field != null && fieldValue(p, field) == null) {
                p = with(p, field, r.identifier());
            } else {
                other.add(r);
            }
        }
        return with(p, "otherIdentifiers", other);
    }

    private static Object fieldValue(Record r, String name) {
        try {
            return r.getClass().getMethod(name).invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean medicareSecondary(Subscriber s, String claimFilingCode) {
        return !"P".equals(s.paymentResponsibilityLevelCode()) && ("MA".equals(claimFilingCode) || "MB".equals(claimFilingCode));
    }

    /** A copy of record {@code r} with component {@code name} set to {@code value}. */
    @SuppressWarnings("unchecked")
    static <R extends Record> R with(R r, String name, Object value) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(name)) {
                    values[i] = value;
                    found = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(r);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(r.getClass().getSimpleName() + " has no component " + name);
            }
            Constructor<?> ctor = r.getClass().getDeclaredConstructor(types);
            return (R) ctor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
