package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Binds the parties of a claim: addresses, contacts, submitter, receiver, patient, providers, facilities. */
final class PartyBinder {
    private static final Pattern ZIP_PLUS_4 = Pattern.compile("\\d{5}-\\d{4}");

    private PartyBinder() {
    }

    /**
     * An address. State and country codes are X12 ID codes (upper case); CHC-era clients send them in lower
     * case too ({@code "wa"} in CHC's own sandbox example), so they are bound upper-cased. A ZIP+4 written
     * with its hyphen ({@code 98101-1234}) is bound as the 9 digits N403 carries.
     */
    static Address address(JsonFields f) {
        String postalCode = f.text("postalCode");
        if (postalCode != null && ZIP_PLUS_4.matcher(postalCode).matches()) {
            postalCode = postalCode.substring(0, 5) + postalCode.substring(6);
        }
        return new Address(f.text("address1"), f.text("address2"), f.text("city"), upper(f.text("state")),
                postalCode, upper(f.text("countryCode")), f.text("countrySubDivisionCode"));
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    static ContactInformation contact(JsonFields f) {
        f.ignore("validContact");
        return new ContactInformation(f.text("name"), f.text("phoneNumber"), f.text("phoneExtension"),
                f.text("faxNumber"), f.text("email"));
    }

    static Submitter submitter(JsonFields f) {
        return new Submitter(f.text("organizationName"), f.text("lastName"), f.text("firstName"),
                f.text("middleName"), f.text("submitterIdentification"), f.text("taxId"),
                f.object("contactInformation", PartyBinder::contact));
    }

    static Receiver receiver(JsonFields f) {
        return new Receiver(f.text("organizationName"), f.text("receiverId"), f.text("taxId"));
    }

    static Subscriber subscriber(JsonFields f) {
        return new Subscriber(f.text("memberId"), f.text("organizationName"), f.text("lastName"), f.text("firstName"),
                f.text("middleName"), f.text("suffix"), f.text("ssn"), f.text("dateOfBirth"), f.text("gender"),
                f.object("address", PartyBinder::address), f.object("contactInformation", PartyBinder::contact),
                f.text("groupNumber"), f.text("policyNumber"), f.text("subscriberGroupName"),
                f.text("insuranceTypeCode"), f.text("paymentResponsibilityLevelCode"), f.text("standardHealthId"));
    }

    static Dependent dependent(JsonFields f) {
        // CHC-era fields that 5010 has no place for in 2010CA.
        f.ignore("paymentResponsibilityLevelCode", "policyNumber");
        return new Dependent(f.text("lastName"), f.text("firstName"), f.text("middleName"), f.text("suffix"),
                f.text("dateOfBirth"), f.text("gender"), f.text("relationshipToSubscriberCode"), f.text("memberId"),
                f.text("ssn"), f.object("address", PartyBinder::address),
                f.object("contactInformation", PartyBinder::contact));
    }

    /** A provider object of any role and any of the JSON's provider shapes. */
    static Provider provider(JsonFields f, ProviderRole role) {
        f.ignore("providerType"); // checked by the caller for providers[]; informational on named objects
        List<ReferenceId> other = new ArrayList<>();
        addRef(other, "FY", f.text("claimOfficeNumber"));
        addRef(other, "NF", f.text("naic"));
        addRef(other, "2U", f.text("payerIdentificationNumber"));
        String qualifier = f.text("secondaryIdentificationQualifierCode", "identificationQualifierCode");
        JsonNode secondary = f.peek("secondaryIdentifier");
        if (secondary != null && secondary.isArray()) {
            other.addAll(f.objects("secondaryIdentifier", false, PartyBinder::referenceId));
        } else {
            String id = f.text("secondaryIdentifier");
            if (id != null) {
                if (qualifier == null) {
                    f.issue(ClaimIssue.Code.MISSING_REQUIRED, f.path("secondaryIdentificationQualifierCode"),
                            "required with secondaryIdentifier");
                } else {
                    other.add(new ReferenceId(qualifier, id));
                }
            }
        }
        other.addAll(f.objects("referenceIdentification", false, PartyBinder::referenceId));
        f.ignore("otherIdentifier");
        return new Provider(role, f.text("organizationName"), f.text("lastName"), f.text("firstName"),
                f.text("middleName"), f.text("suffix"), f.text("npi"), f.text("taxonomyCode"),
                f.text("employerId", "employerIdentificationNumber"), f.text("ssn"), f.text("stateLicenseNumber"),
                f.text("providerUpinNumber"), f.text("commercialNumber"), f.text("locationNumber"), other,
                f.object("address", PartyBinder::address), f.object("contactInformation", PartyBinder::contact));
    }

    /** {qualifier, identifier[, otherIdentifier]}; null (issue from the schema check) when no qualifier. */
    static ReferenceId referenceId(JsonFields f) {
        f.ignore("otherIdentifier");
        String q = f.text("qualifier");
        String id = f.text("identifier");
        return q == null ? null : new ReferenceId(q, id);
    }

    static Facility facility(JsonFields f) {
        List<ReferenceId> ids = new ArrayList<>();
        JsonNode secondary = f.peek("secondaryIdentifier");
        if (secondary != null && secondary.isArray()) {
            ids.addAll(f.objects("secondaryIdentifier", false, PartyBinder::referenceId));
        } else {
            String q = f.text("secondaryIdentificationQualifierCode");
            String id = f.text("secondaryIdentifier");
            if (id != null && q != null) {
                ids.add(new ReferenceId(q, id));
            } else if (id != null) {
                f.issue(ClaimIssue.Code.MISSING_REQUIRED, f.path("secondaryIdentificationQualifierCode"),
                        "required with secondaryIdentifier");
            }
        }
        return new Facility(f.text("organizationName"), f.text("npi", "identificationCode"),
                f.object("address", PartyBinder::address), ids, f.text("phoneName"), f.text("phoneNumber"),
                f.text("phoneExtension"));
    }

    /** Professional {@code payToPlan}. */
    static PayToPlan payToPlan(JsonFields f) {
        List<ReferenceId> ids = new ArrayList<>();
        String q = f.text("secondaryIdentifierTypeCode");
        String id = f.text("secondaryIdentifier");
        if (id != null) {
            ids.add(new ReferenceId(q == null ? "2U" : q, id));
        }
        return new PayToPlan(f.text("organizationName"), f.text("primaryIdentifierTypeCode"),
                f.text("primaryIdentifier"), f.object("address", PartyBinder::address), ids,
                f.text("taxIdentificationNumber"));
    }

    /** Institutional {@code billingPayToPlanName}. */
    static PayToPlan billingPayToPlanName(JsonFields f) {
        List<ReferenceId> ids = new ArrayList<>();
        addRef(ids, "2U", f.text("payerIdentificationNumber"));
        addRef(ids, "FY", f.text("claimOfficeNumber"));
        addRef(ids, "NF", f.text("naic"));
        return new PayToPlan(f.text("organizationName"), f.text("identificationCodeQualifier"),
                f.text("identificationCode"), f.object("address", PartyBinder::address), ids, f.text("taxId"));
    }

    /** Institutional {@code billingPayToAddressName}: {entityTypeQualifier: "2", address}. */
    static Address billingPayToAddressName(JsonFields f) {
        f.ignore("entityTypeQualifier");
        return f.object("address", PartyBinder::address);
    }

    static void addIfPresent(List<String> out, String value) {
        if (value != null) {
            out.add(value);
        }
    }

    static void addRef(List<ReferenceId> out, String qualifier, String value) {
        if (value != null) {
            out.add(new ReferenceId(qualifier, value));
        }
    }
}
