package io.claimgate.x12.claim.read;

/**
 * The loops of an 837 transaction set, named as in the implementation guides. The same id can mean
 * different things in the two guides (see {@link #name(Guide837)}); the structure (which loop sits
 * inside which) is the same in both.
 */
public enum Loop837 {
    /** ST and BHT: the transaction set header, outside any loop. */
    HEADER("", null, "Transaction Set Header", null),
    L1000A("1000A", HEADER, "Submitter Name", null),
    L1000B("1000B", HEADER, "Receiver Name", null),
    L2000A("2000A", null, "Billing Provider Hierarchical Level", null),
    L2010AA("2010AA", L2000A, "Billing Provider Name", null),
    L2010AB("2010AB", L2000A, "Pay-to Address Name", null),
    L2010AC("2010AC", L2000A, "Pay-to Plan Name", null),
    L2000B("2000B", null, "Subscriber Hierarchical Level", null),
    L2010BA("2010BA", L2000B, "Subscriber Name", null),
    L2010BB("2010BB", L2000B, "Payer Name", null),
    L2000C("2000C", null, "Patient Hierarchical Level", null),
    L2010CA("2010CA", L2000C, "Patient Name", null),
    L2300("2300", null, "Claim Information", null),
    L2310A("2310A", L2300, "Referring Provider Name", "Attending Provider Name"),
    L2310B("2310B", L2300, "Rendering Provider Name", "Operating Physician Name"),
    L2310C("2310C", L2300, "Service Facility Location Name", "Other Operating Physician Name"),
    L2310D("2310D", L2300, "Supervising Provider Name", "Rendering Provider Name"),
    L2310E("2310E", L2300, "Ambulance Pick-up Location", "Service Facility Location Name"),
    L2310F("2310F", L2300, "Ambulance Drop-off Location", "Referring Provider Name"),
    L2320("2320", L2300, "Other Subscriber Information", null),
    L2330A("2330A", L2320, "Other Subscriber Name", null),
    L2330B("2330B", L2320, "Other Payer Name", null),
    L2330C("2330C", L2320, "Other Payer Referring Provider", "Other Payer Attending Provider"),
    L2330D("2330D", L2320, "Other Payer Rendering Provider", "Other Payer Operating Physician"),
    L2330E("2330E", L2320, "Other Payer Service Facility Location", "Other Payer Other Operating Physician"),
    L2330F("2330F", L2320, "Other Payer Supervising Provider", "Other Payer Service Facility Location"),
    L2330G("2330G", L2320, "Other Payer Billing Provider", "Other Payer Rendering Provider Name"),
    L2330H("2330H", L2320, null, "Other Payer Referring Provider"),
    L2330I("2330I", L2320, null, "Other Payer Billing Provider"),
    L2400("2400", L2300, "Service Line Number", null),
    L2410("2410", L2400, "Drug Identification", null),
    L2420A("2420A", L2400, "Rendering Provider Name", "Operating Physician Name"),
    L2420B("2420B", L2400, "Purchased Service Provider Name", "Other Operating Physician Name"),
    L2420C("2420C", L2400, "Service Facility Location Name", "Rendering Provider Name"),
    L2420D("2420D", L2400, "Supervising Provider Name", "Referring Provider Name"),
    L2420E("2420E", L2400, "Ordering Provider Name", null),
    L2420F("2420F", L2400, "Referring Provider Name", null),
    L2420G("2420G", L2400, "Ambulance Pick-up Location", null),
    L2420H("2420H", L2400, "Ambulance Drop-off Location", null),
    L2430("2430", L2400, "Line Adjudication Information", null),
    L2440("2440", L2400, "Form Identification Code", null),
    /** SE: the transaction set trailer. */
    TRAILER("", null, "Transaction Set Trailer", null),
    /** A segment the walker could not place in any loop of the guide (reported as an issue). */
    UNKNOWN("", null, "Unknown", null);

    private final String id;
    private final Loop837 parent;
    private final String professionalName;
    private final String institutionalName;

    Loop837(String id, Loop837 parent, String professionalName, String institutionalName) {
        this.id = id;
        this.parent = parent;
        this.professionalName = professionalName;
        this.institutionalName = institutionalName;
    }

    /** The guide's loop id (e.g. {@code 2310B}), as IK303 wants it; empty for the header, trailer and unknown. */
    public String id() {
        return id;
    }

    /** The loop this one sits in, or null for a top-level loop (HL levels, 2300, header). */
    public Loop837 parent() {
        return parent;
    }

    /** The guide's name of this loop, or null when the loop does not exist in that guide. */
    public String name(Guide837 guide) {
        if (guide == Guide837.INSTITUTIONAL) {
            if (institutionalName != null) {
                return institutionalName;
            }
            return professionalOnly() ? null : professionalName;
        }
        return professionalName;
    }

    private boolean professionalOnly() {
        return this == L2420E || this == L2420F || this == L2420G || this == L2420H || this == L2440;
    }

    /** True when this loop is {@code other} or sits (at any depth) inside it. */
    public boolean within(Loop837 other) {
        for (Loop837 l = this; l != null; l = l.parent) {
            if (l == other) {
                return true;
            }
        }
        return false;
    }

    /** The outermost loop this one sits in (itself for a top-level loop). */
    public Loop837 top() {
        Loop837 l = this;
        while (l.parent != null) {
            l = l.parent;
        }
        return l;
    }
}
