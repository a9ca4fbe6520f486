package io.claimgate.x12.claim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Claim} as claim JSON in the shape {@link ClaimJson} reads (CHC Professional Claims v3 /
 * Institutional Claims v1 field names, {@code mappings/claim-json-to-837.md}): a claim read from an 837 can
 * be kept and shown as the JSON a client would have sent. Reading the written JSON gives the same claim.
 *
 * <p>Absent (null) values and empty lists are left out; amounts are JSON numbers with their scale kept.
 * Where the JSON has one field for what the model keeps as a list of qualified values (a line's
 * {@code serviceLineReferenceInformation}, the pay-to plan's secondary identifier, professional claim
 * notes), the values the JSON has no field for are left out; every other field of the model is written.
 */
public final class ClaimJsonWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final JsonMapper TEXT = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(NODES).build();

    private ClaimJsonWriter() {
    }

    /** The claim as UTF-8 JSON bytes. */
    public static byte[] bytes(Claim claim) {
        try {
            return TEXT.writeValueAsBytes(tree(claim));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** The claim as a JSON tree. */
    public static ObjectNode tree(Claim claim) {
        Objects.requireNonNull(claim, "claim");
        boolean prof = claim.kind() == ClaimKind.PROFESSIONAL;
        ObjectNode o = NODES.objectNode();
        put(o, "controlNumber", claim.controlNumber());
        put(o, "tradingPartnerServiceId", claim.tradingPartnerServiceId());
        put(o, "tradingPartnerName", claim.tradingPartnerName());
        put(o, "usageIndicator", claim.usageIndicator());
        put(o, "claimIdentifier", claim.claimIdentifier());
        if (claim.submitter() != null) {
            Submitter s = claim.submitter();
            ObjectNode n = o.putObject("submitter");
            put(n, "organizationName", s.organizationName());
            put(n, "lastName", s.lastName());
            put(n, "firstName", s.firstName());
            put(n, "middleName", s.middleName());
            put(n, "submitterIdentification", s.submitterIdentification());
            put(n, "taxId", s.taxId());
            contact(n, s.contactInformation());
        }
        if (claim.receiver() != null) {
            ObjectNode n = o.putObject("receiver");
            put(n, "organizationName", claim.receiver().organizationName());
            put(n, "receiverId", claim.receiver().receiverId());
            put(n, "taxId", claim.receiver().taxId());
        }
        if (claim.subscriber() != null) {
            subscriber(o.putObject("subscriber"), claim.subscriber());
        }
        if (claim.dependent() != null) {
            dependent(o.putObject("dependent"), claim.dependent());
        }
        for (Provider p : claim.providers()) {
            provider(o.putObject(p.role().jsonName()), p);
        }
        address(o, "payerAddress", claim.payerAddress());
        if (prof) {
            address(o, "payToAddress", claim.payToAddress());
            if (claim.payToPlan() != null) {
                payToPlan(o.putObject("payToPlan"), claim.payToPlan());
            }
        } else {
            if (claim.payToAddress() != null) {
                ObjectNode n = o.putObject("billingPayToAddressName");
                n.put("entityTypeQualifier", "2");
                address(n, "address", claim.payToAddress());
            }
            if (claim.payToPlan() != null) {
                billingPayToPlanName(o.putObject("billingPayToPlanName"), claim.payToPlan());
            }
        }
        if (claim.claimInformation() != null) {
            ClaimInformationJsonWriter.claimInformation(o.putObject("claimInformation"), claim.claimInformation(),
                    claim.kind());
        }
        return o;
    }

    private static void subscriber(ObjectNode n, Subscriber s) {
        put(n, "memberId", s.memberId());
        put(n, "organizationName", s.organizationName());
        put(n, "lastName", s.lastName());
        put(n, "firstName", s.firstName());
        put(n, "middleName", s.middleName());
        put(n, "suffix", s.suffix());
        put(n, "ssn", s.ssn());
        put(n, "dateOfBirth", s.dateOfBirth());
        put(n, "gender", s.gender());
        address(n, "address", s.address());
        contact(n, s.contactInformation());
        put(n, "groupNumber", s.groupNumber());
        put(n, "policyNumber", s.policyNumber());
        put(n, "subscriberGroupName", s.subscriberGroupName());
        put(n, "insuranceTypeCode", s.insuranceTypeCode());
        put(n, "paymentResponsibilityLevelCode", s.paymentResponsibilityLevelCode());
        put(n, "standardHealthId", s.standardHealthId());
    }

    private static void dependent(ObjectNode n, Dependent d) {
        put(n, "lastName", d.lastName());
        put(n, "firstName", d.firstName());
        put(n, "middleName", d.middleName());
        put(n, "suffix", d.suffix());
        put(n, "dateOfBirth", d.dateOfBirth());
        put(n, "gender", d.gender());
        put(n, "relationshipToSubscriberCode", d.relationshipToSubscriberCode());
        put(n, "memberId", d.memberId());
        put(n, "ssn", d.ssn());
        address(n, "address", d.address());
        contact(n, d.contactInformation());
    }

    /** A provider of any role; its other identifiers as {@code referenceIdentification[]}. */
    static void provider(ObjectNode n, Provider p) {
        put(n, "organizationName", p.organizationName());
        put(n, "lastName", p.lastName());
        put(n, "firstName", p.firstName());
        put(n, "middleName", p.middleName());
        put(n, "suffix", p.suffix());
        put(n, "npi", p.npi());
        put(n, "taxonomyCode", p.taxonomyCode());
        put(n, "employerId", p.employerId());
        put(n, "ssn", p.ssn());
        put(n, "stateLicenseNumber", p.stateLicenseNumber());
        put(n, "providerUpinNumber", p.providerUpinNumber());
        put(n, "commercialNumber", p.commercialNumber());
        put(n, "locationNumber", p.locationNumber());
        references(n, "referenceIdentification", p.otherIdentifiers());
        address(n, "address", p.address());
        contact(n, p.contactInformation());
    }

    private static void payToPlan(ObjectNode n, PayToPlan p) {
        put(n, "organizationName", p.organizationName());
        put(n, "primaryIdentifierTypeCode", p.primaryIdentifierQualifier());
        put(n, "primaryIdentifier", p.primaryIdentifier());
        address(n, "address", p.address());
        if (!p.secondaryIdentifiers().isEmpty()) {
            put(n, "secondaryIdentifierTypeCode", p.secondaryIdentifiers().get(0).qualifier());
            put(n, "secondaryIdentifier", p.secondaryIdentifiers().get(0).identifier());
        }
        put(n, "taxIdentificationNumber", p.taxId());
    }

    private static void billingPayToPlanName(ObjectNode n, PayToPlan p) {
        put(n, "organizationName", p.organizationName());
        put(n, "identificationCodeQualifier", p.primaryIdentifierQualifier());
        put(n, "identificationCode", p.primaryIdentifier());
        address(n, "address", p.address());
        // The JSON has a field per qualifier, in this order.
        for (String[] q : new String[][] {{"2U", "payerIdentificationNumber"}, {"FY", "claimOfficeNumber"}, {"NF", "naic"}}) {
            p.secondaryIdentifiers().stream().filter(r -> r.qualifier().equals(q[0])).findFirst()
                    .ifPresent(r -> put(n, q[1], r.identifier()));
        }
        put(n, "taxId", p.taxId());
    }

    static void address(ObjectNode parent, String name, Address a) {
        if (a == null) {
            return;
        }
        ObjectNode n = parent.putObject(name);
        put(n, "address1", a.address1());
        put(n, "address2", a.address2());
        put(n, "city", a.city());
        put(n, "state", a.state());
        put(n, "postalCode", a.postalCode());
        put(n, "countryCode", a.countryCode());
        put(n, "countrySubDivisionCode", a.countrySubDivisionCode());
    }

    static void contact(ObjectNode parent, ContactInformation c) {
        if (c == null) {
            return;
        }
        ObjectNode n = parent.putObject("contactInformation");
        put(n, "name", c.name());
        put(n, "phoneNumber", c.phoneNumber());
        put(n, "phoneExtension", c.phoneExtension());
        put(n, "faxNumber", c.faxNumber());
        put(n, "email", c.email());
    }

    /** {@code name: [{qualifier, identifier}]}; nothing for an empty list. */
    static void references(ObjectNode parent, String name, List<ReferenceId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ArrayNode a = parent.putArray(name);
        for (ReferenceId r : ids) {
            ObjectNode n = a.addObject();
            put(n, "qualifier", r.qualifier());
            put(n, "identifier", r.identifier());
        }
    }

    static void put(ObjectNode n, String name, String value) {
        if (value != null) {
            n.put(name, value);
        }
    }

    static void put(ObjectNode n, String name, BigDecimal value) {
        if (value != null) {
            n.put(name, value);
        }
    }

    static void put(ObjectNode n, String name, Boolean value) {
        if (value != null) {
            n.put(name, value.booleanValue());
        }
    }

    /** {@code name: [values]}; nothing for an empty list. */
    static void texts(ObjectNode n, String name, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(name);
            values.forEach(a::add);
        }
    }
}
