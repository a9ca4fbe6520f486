package io.claimgate.x12.claim;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Binds the parties of a claim: addresses, contacts, submitter, receiver, patient, providers, facilities. */
final class PartyBinder {
    private static final Pattern ZIP_PLUS_4 = Pattern.compile("\\d{5}-\\d{4}");

    private PartyBinder() {
    }

    /**
     * An address. State and country codes are X12 ID codes (upper case); CHC-era clients send them in lower
     * case too ({@code "wa"} in CHC's own sandbox example), so they are bound upper-cased. A ZIP+4 written
     * with its hyphen ({@code 98101-1234}) is bound as the 9 digits N403 carries. Each with a NORMALIZED
     * warning at its path.
     */
    static Address address(JsonFields f) {
        String address1 = f.text("address1");
        String address2 = f.text("address2");
        String city = f.text("city");
        String state = upper(f, "state");
        String postalCode = f.text("postalCode");
        if (postalCode != null && postalCode.length() == 10 && ZIP_PLUS_4.matcher(postalCode).matches()) {
            postalCode = postalCode.substring(0, 5) + postalCode.substring(6);
            f.warn(ClaimIssue.Code.NORMALIZED, f.path("postalCode"),
                    "a ZIP+4 written with its hyphen; sent as 9 digits");
        }
        return new Address(address1, address2, city, state, postalCode, upper(f, "countryCode"),
                f.text("countrySubDivisionCode"));
    }

    /** A code field bound in upper case, with a NORMALIZED warning when it was sent in lower case. */
    private static String upper(JsonFields f, String name) {
        String code = f.text(name);
        String upper = code == null ? null : Repairs.upper(code);
        if (upper == null) {
            return code;
        }
        f.warn(ClaimIssue.Code.NORMALIZED, f.path(name), "a code in lower case; sent in upper case");
        return upper;
    }

    static ContactInformation contact(JsonFields f) {
        f.ignore("validContact");
        return new ContactInformation(f.text("name"), phone(f, "phoneNumber"), f.text("phoneExtension"),
                phone(f, "faxNumber"), f.text("email"));
    }

    /**
     * A phone or fax number as billing systems print it ({@code (206) 555-0100}, {@code 206-555-0100},
     * {@code +1 206.555.0100}) is bound as the 10 digits PER carries, with a NORMALIZED warning: when what is
     * left once spaces, brackets, hyphens, dots and a leading {@code +1} or {@code 1} are off is 10 digits.
     * Anything else (an extension written in, letters) is bound as sent.
     */
    private static String phone(JsonFields f, String name) {
        String v = f.text(name);
        String digits = v == null ? null : Repairs.phoneDigits(v);
        if (digits == null) {
            return v;
        }
        f.warn(ClaimIssue.Code.NORMALIZED, f.path(name), "a phone number written with punctuation; sent as its 10 digits");
        return digits;
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
        Subscriber s = new Subscriber(f.text("memberId"), f.text("organizationName"), f.text("lastName"),
                f.text("firstName"), f.text("middleName"), f.text("suffix"), f.text("ssn"), f.text("dateOfBirth"),
                f.text("gender"), f.object("address", PartyBinder::address),
                f.object("contactInformation", PartyBinder::contact), f.text("groupNumber"), f.text("policyNumber"),
                f.text("subscriberGroupName"), f.text("insuranceTypeCode"), f.text("paymentResponsibilityLevelCode"),
                f.text("standardHealthId"));
        if (s.policyNumber() != null && s.groupNumber() != null && !s.groupNumber().isEmpty()) {
            f.warn(ClaimIssue.Code.FIELD_NOT_USED, f.path("policyNumber"), NOT_SENT
                    + " (SBR03 has room for one number: the group number is sent)");
        }
        return s;
    }

    static Dependent dependent(JsonFields f) {
        // CHC-era fields that 5010 has no place for in 2010CA.
        f.ignore("paymentResponsibilityLevelCode", "policyNumber");
        return new Dependent(f.text("lastName"), f.text("firstName"), f.text("middleName"), f.text("suffix"),
                f.text("dateOfBirth"), f.text("gender"), f.text("relationshipToSubscriberCode"), f.text("memberId"),
                f.text("ssn"), f.object("address", PartyBinder::address),
                f.object("contactInformation", PartyBinder::contact));
    }

    /**
     * A provider object of any role and any of the JSON's provider shapes, of the claim ({@code line} false:
     * 2010AA, 2310x) or of a service line (2420x). What the provider's loop has no room for is bound (the
     * model and the stored JSON keep it) with a FIELD_NOT_USED warning: a claim-level ordering provider (5010
     * has no such loop; 2420E per line), an address but on the billing provider and the 837P line ordering
     * provider (2420E), a taxonomy code but on the billing provider, the 837P rendering provider (2310B,
     * 2420A) and the 837I attending provider (2310A).
     */
    static Provider provider(JsonFields f, ProviderRole role, boolean line) {
        Provider p = provider(f, role);
        if (!line && role == ProviderRole.ORDERING) {
            f.warn(ClaimIssue.Code.FIELD_NOT_USED, f.here(), NOT_SENT + " (5010 has no claim-level ordering "
                    + "provider loop; send it as the orderingProvider of the service lines)");
            return p;
        }
        if (p.address() != null && !addressSent(f.kind(), role, line)) {
            f.warn(ClaimIssue.Code.FIELD_NOT_USED, f.path("address"), NOT_SENT + " (this provider's 837 loop has no "
                    + "N3/N4 address)");
        }
        if (p.taxonomyCode() != null && !taxonomySent(f.kind(), role, line)) {
            f.warn(ClaimIssue.Code.FIELD_NOT_USED, f.path("taxonomyCode"), NOT_SENT + " (this provider's 837 loop has "
                    + "no PRV taxonomy)");
        }
        return p;
    }

    private static final String NOT_SENT = "accepted and stored, but not sent to the payer";

    /** N3/N4 in the provider's loop: 2010AA, and the 837P 2420E ordering provider. */
    private static boolean addressSent(ClaimKind kind, ProviderRole role, boolean line) {
        return role == ProviderRole.BILLING || line && kind == ClaimKind.PROFESSIONAL && role == ProviderRole.ORDERING;
    }

    /** PRV in the provider's loop: 2010AA, 837P 2310B / 2420A rendering, 837I 2310A attending. */
    private static boolean taxonomySent(ClaimKind kind, ProviderRole role, boolean line) {
        return role == ProviderRole.BILLING || kind == ClaimKind.PROFESSIONAL && role == ProviderRole.RENDERING
                || !line && kind == ClaimKind.INSTITUTIONAL && role == ProviderRole.ATTENDING;
    }

    private static Provider provider(JsonFields f, ProviderRole role) {
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
                f.object("address", PartyBinder::address), ids, f.text("phoneName"), phone(f, "phoneNumber"),
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
