package io.claimgate.x12.claim.read;

import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.ClaimInformation;
import io.claimgate.x12.claim.Diagnosis;
import io.claimgate.x12.claim.Provider;
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
        Subscriber sub = c.subscriber();
        if (sub != null && c.dependent() != null) {
            // 2010BA DMG is written only when the subscriber is the patient
            c = with(c, "subscriber", with(with(sub, "dateOfBirth", null), "gender", null));
        }
        List<Provider> providers = new ArrayList<>(c.providers());
        providers.sort(Comparator.comparingInt((Provider p) -> p.role().ordinal()));
        c = with(c, "providers", providers);

        ClaimInformation ci = c.claimInformation();
        List<Diagnosis> diagnoses = new ArrayList<>();
        for (Diagnosis d : ci.diagnoses()) {
            diagnoses.add(new Diagnosis(d.qualifier(), d.code() == null ? null : d.code().replace(".", ""), d.presentOnAdmission()));
        }
        List<ServiceLine> lines = new ArrayList<>();
        for (int i = 0; i < ci.serviceLines().size(); i++) {
            ServiceLine line = ci.serviceLines().get(i);
            List<Provider> lineProviders = new ArrayList<>(line.providers());
            lineProviders.sort(Comparator.comparingInt((Provider p) -> p.role().ordinal()));
            // LX01 is numbered 1..n by the renderer
            lines.add(with(with(line, "assignedNumber", String.valueOf(i + 1)), "providers", lineProviders));
        }
        ci = with(with(ci, "diagnoses", diagnoses), "serviceLines", lines);
        return with(c, "claimInformation", ci);
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
