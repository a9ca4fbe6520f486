package io.claimgate.x12.sample;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;

/** People, organizations and addresses of generated claims (all made up; NPIs carry valid check digits). */
final class Parties {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A billing provider organization: name, NPI, EIN, taxonomy, street, place, ZIP+4 suffix. */
    record Organization(String name, String npi, String ein, String taxonomy, String street, Pools.Place place,
                        String plus4) {
    }

    static final List<Organization> PROFESSIONAL_BILLING = List.of(
            new Organization("WILLAMETTE FAMILY MEDICINE PC", Pick.npi("154782309"), "931234567", "207Q00000X",
                    "2200 NE BROADWAY ST", Pools.PLACES.get(0), "1456"),
            new Organization("RIVERSIDE ORTHOPEDIC ASSOCIATES", Pick.npi("165093218"), "911772043", "207X00000X",
                    "1410 N DIVISION ST", Pools.PLACES.get(4), "2318"),
            new Organization("SALEM PEDIATRIC CLINIC", Pick.npi("137520946"), "930582214", "208000000X",
                    "875 OAK ST SE", Pools.PLACES.get(1), "2810"),
            new Organization("PUGET SPINE AND CHIROPRACTIC", Pick.npi("121469073"), "912203856", "111N00000X",
                    "3302 S 23RD ST", Pools.PLACES.get(5), "4412"),
            new Organization("CAPITAL INTERNAL MEDICINE", Pick.npi("148822075"), "680391127", "207R00000X",
                    "2801 K ST", Pools.PLACES.get(7), "5106"),
            new Organization("DESERT SKY PHYSICIANS GROUP", Pick.npi("119406632"), "860977245", "207Q00000X",
                    "1300 N 12TH ST", Pools.PLACES.get(9), "4201"),
            new Organization("FRONT RANGE BEHAVIORAL HEALTH", Pick.npi("170355981"), "841642290", "103T00000X",
                    "1660 LINCOLN ST", Pools.PLACES.get(10), "1834"),
            new Organization("LAKESHORE MULTISPECIALTY CLINIC", Pick.npi("163017748"), "363305518", "193200000X",
                    "2515 N CLARK ST", Pools.PLACES.get(12), "5530"));

    static final List<Organization> FACILITIES = List.of(
            new Organization("PROVIDENCE VALLEY MEDICAL CENTER", Pick.npi("166329150"), "930386812", "282N00000X",
                    "1200 NE 21ST AVE", Pools.PLACES.get(0), "2098"),
            new Organization("KITTITAS VALLEY COMMUNITY HOSPITAL", Pick.npi("110352784"), "911055362", "282NC0060X",
                    "603 S CHESTNUT ST", new Pools.Place("ELLENSBURG", "WA", "98926"), "3830"),
            new Organization("SAINT ALPHONSUS REGIONAL", Pick.npi("125580419"), "820201144", "282N00000X",
                    "1055 N CURTIS RD", Pools.PLACES.get(6), "1302"),
            new Organization("MERCY GENERAL HOSPITAL", Pick.npi("186704322"), "941156621", "282N00000X",
                    "4001 J ST", Pools.PLACES.get(7), "3611"));

    private final Pick pick;

    Parties(Pick pick) {
        this.pick = pick;
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    ObjectNode address() {
        Pools.Place place = pick.one(Pools.PLACES);
        return address(pick.between(100, 9899) + " " + pick.one(Pools.STREETS), place, pick.digits(4));
    }

    static ObjectNode address(String street, Pools.Place place, String plus4) {
        ObjectNode a = object();
        a.put("address1", street);
        a.put("city", place.city());
        a.put("state", place.state());
        a.put("postalCode", place.zip5() + plus4);
        return a;
    }

    /** The billing provider object (2010AA) for {@code org}. */
    static ObjectNode billing(Organization org, boolean professional) {
        ObjectNode b = object();
        if (professional) {
            b.put("providerType", "BillingProvider");
        }
        b.put("npi", org.npi());
        b.put("employerId", org.ein());
        b.put("taxonomyCode", org.taxonomy());
        b.put("organizationName", org.name());
        b.set("address", address(org.street(), org.place(), org.plus4()));
        ObjectNode contact = object();
        contact.put("name", "BILLING OFFICE");
        contact.put("phoneNumber", "5035550" + org.ein().substring(0, 3));
        b.set("contactInformation", contact);
        return b;
    }

    /** A person provider (rendering, referring, attending ...) with a random name and NPI. */
    ObjectNode person(String providerType, String taxonomy) {
        ObjectNode p = object();
        if (providerType != null) {
            p.put("providerType", providerType);
        }
        p.put("npi", pick.npi());
        p.put("firstName", pick.one(Pools.FIRST_NAMES));
        p.put("lastName", pick.one(Pools.LAST_NAMES));
        if (taxonomy != null) {
            p.put("taxonomyCode", taxonomy);
        }
        return p;
    }

    /** A Medicare Beneficiary Identifier in the CMS format (C A AN N A AN N A A N N). */
    String mbi() {
        String letters = "ACDEFGHJKMNPQRTUVWXY";
        String alnum = letters + "0123456789";
        StringBuilder b = new StringBuilder(11);
        b.append(pick.between(1, 9));
        b.append(letters.charAt(pick.between(0, letters.length() - 1)));
        b.append(alnum.charAt(pick.between(0, alnum.length() - 1)));
        b.append(pick.between(0, 9));
        b.append(letters.charAt(pick.between(0, letters.length() - 1)));
        b.append(alnum.charAt(pick.between(0, alnum.length() - 1)));
        b.append(pick.between(0, 9));
        b.append(letters.charAt(pick.between(0, letters.length() - 1)));
        b.append(letters.charAt(pick.between(0, letters.length() - 1)));
        b.append(pick.digits(2));
        return b.toString();
    }

    /** The subscriber (2010BA): the insured member of {@code payer}, born on {@code birth}. */
    ObjectNode subscriber(Pools.Payer payer, String level, LocalDate birth, String lastName) {
        ObjectNode s = object();
        s.put("memberId", payer.medicare() ? mbi() : pick.one("W", "U", "H", "ZHP", "M") + pick.digits(9));
        s.put("paymentResponsibilityLevelCode", level);
        s.put("firstName", pick.one(Pools.FIRST_NAMES));
        s.put("lastName", lastName);
        s.put("gender", pick.one("M", "F"));
        s.put("dateOfBirth", Pick.d8(birth));
        if (!payer.medicare()) {
            s.put("groupNumber", "G" + pick.digits(6));
        }
        s.set("address", address());
        return s;
    }

    /** A dependent patient (2000C): a child (19) or a spouse (01) of the subscriber. */
    ObjectNode dependent(ObjectNode subscriber, LocalDate subscriberBirth, LocalDate serviceDate) {
        ObjectNode d = object();
        boolean child = pick.chance(0.75);
        LocalDate birth = child
                ? pick.date(laterOf(subscriberBirth.plusYears(18), serviceDate.minusYears(17)), 3000)
                : pick.date(subscriberBirth.minusYears(5), 3650);
        if (birth.isAfter(serviceDate)) {
            birth = serviceDate.minusDays(pick.between(30, 300));
        }
        d.put("firstName", pick.one(Pools.FIRST_NAMES));
        d.put("lastName", subscriber.get("lastName").asText());
        d.put("gender", pick.one("M", "F"));
        d.put("dateOfBirth", Pick.d8(birth));
        d.put("relationshipToSubscriberCode", child ? "19" : "01");
        d.set("address", subscriber.get("address").deepCopy());
        return d;
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
