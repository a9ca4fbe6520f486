package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Binds the top level of a claim document; {@link ClaimInformationBinder} does {@code claimInformation}. */
final class ClaimBinder {
    private static final Set<ProviderRole> PROFESSIONAL_ROLES = Set.of(ProviderRole.BILLING, ProviderRole.RENDERING,
            ProviderRole.REFERRING, ProviderRole.SUPERVISING, ProviderRole.ORDERING);
    private static final Set<ProviderRole> INSTITUTIONAL_ROLES = Set.of(ProviderRole.BILLING, ProviderRole.RENDERING,
            ProviderRole.REFERRING, ProviderRole.ATTENDING, ProviderRole.OPERATING, ProviderRole.OTHER_OPERATING);

    private ClaimBinder() {
    }

    static Set<ProviderRole> roles(ClaimKind kind) {
        return kind == ClaimKind.PROFESSIONAL ? PROFESSIONAL_ROLES : INSTITUTIONAL_ROLES;
    }

    static Claim claim(JsonFields f) {
        Map<ProviderRole, Provider> providers = new EnumMap<>(ProviderRole.class);
        for (ProviderRole role : ProviderRole.values()) {
            boolean prof = PROFESSIONAL_ROLES.contains(role);
            boolean inst = INSTITUTIONAL_ROLES.contains(role);
            if (prof && inst || f.allowedFor(prof ? ClaimKind.PROFESSIONAL : ClaimKind.INSTITUTIONAL, role.jsonName())) {
                Provider p = f.object(role.jsonName(), g -> PartyBinder.provider(g, role, false));
                if (p != null) {
                    providers.put(role, p);
                }
            }
        }
        legacyProviders(f, providers);

        Address payToAddress = null;
        PayToPlan payToPlan = null;
        if (f.allowedFor(ClaimKind.PROFESSIONAL, "payToAddress")) {
            payToAddress = f.object("payToAddress", PartyBinder::address);
        }
        if (f.allowedFor(ClaimKind.PROFESSIONAL, "payToPlan")) {
            payToPlan = f.object("payToPlan", PartyBinder::payToPlan);
        }
        if (f.allowedFor(ClaimKind.INSTITUTIONAL, "billingPayToAddressName")) {
            payToAddress = f.object("billingPayToAddressName", PartyBinder::billingPayToAddressName);
        }
        if (f.allowedFor(ClaimKind.INSTITUTIONAL, "billingPayToPlanName")) {
            payToPlan = f.object("billingPayToPlanName", PartyBinder::billingPayToPlanName);
        }
        // tradingPartnerId: CHC's own id for the payer (its clients send it beside tradingPartnerServiceId).
        f.notUsed("tradingPartnerSecondaryIdentifiers", "tradingPartnerId");
        return new Claim(f.kind(), f.text("controlNumber"), f.text("tradingPartnerServiceId"),
                f.text("tradingPartnerName"), f.text("usageIndicator"), f.text("claimIdentifier"),
                f.object("submitter", PartyBinder::submitter), f.object("receiver", PartyBinder::receiver),
                f.object("subscriber", PartyBinder::subscriber), f.object("dependent", PartyBinder::dependent),
                new ArrayList<>(providers.values()), f.object("payerAddress", PartyBinder::address), payToAddress,
                payToPlan, f.object("claimInformation", ClaimInformationBinder::claimInformation));
    }

    /** The legacy {@code providers[]} array, merged into the named providers by role. */
    private static void legacyProviders(JsonFields f, Map<ProviderRole, Provider> providers) {
        if (f.peek("providers") != null && !f.peek("providers").isArray()) {
            f.objects("providers", false, g -> null); // reports the wrong type
            return;
        }
        f.objects("providers", false, g -> {
            String type = g.text("providerType");
            ProviderRole role = ProviderRole.ofProviderType(type);
            String typePath = g.path("providerType");
            if (role == null) {
                if (type != null) {
                    g.issue(Code.INVALID_CODE, typePath, "unknown providerType");
                }
                g.ignore("address", "contactInformation", "organizationName", "lastName", "firstName", "middleName",
                        "suffix", "npi", "taxonomyCode", "employerId", "employerIdentificationNumber", "ssn",
                        "stateLicenseNumber", "providerUpinNumber", "commercialNumber", "locationNumber",
                        "claimOfficeNumber", "naic", "payerIdentificationNumber", "secondaryIdentifier",
                        "secondaryIdentificationQualifierCode", "identificationQualifierCode", "otherIdentifier",
                        "referenceIdentification");
                return null;
            }
            if (!roles(g.kind()).contains(role)) {
                g.issue(Code.FIELD_NOT_FOR_KIND, typePath, role.providerType() + " is not a provider of "
                        + g.kind().name().toLowerCase() + " claims");
            }
            Provider p = PartyBinder.provider(g, role, false);
            if (providers.containsKey(role)) {
                g.issue(Code.DUPLICATE_PROVIDER, typePath, "a " + role.providerType() + " is already given");
                return null;
            }
            providers.put(role, p);
            return p;
        });
    }
}
