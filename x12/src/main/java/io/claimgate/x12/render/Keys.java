package io.claimgate.x12.render;

import io.claimgate.x12.claim.Address;
import io.claimgate.x12.claim.Claim;
import io.claimgate.x12.claim.Dependent;
import io.claimgate.x12.claim.PayToPlan;
import io.claimgate.x12.claim.Provider;
import io.claimgate.x12.claim.Receiver;
import io.claimgate.x12.claim.Submitter;
import java.util.List;

/** Value keys saying which claims can share a loop: equal keys, equal loop content. */
final class Keys {
    private Keys() {
    }

    /** 1000A/1000B and BHT06. */
    record Header(Submitter submitter, Receiver receiver, String claimIdentifier) {
    }

    static Header header(Claim c) {
        return new Header(c.submitter(), c.receiver(), bht06(c));
    }

    /** BHT06: the claim's claimIdentifier (CH chargeable, RP reporting, 31 subrogation demand), CH when absent. */
    static String bht06(Claim c) {
        String id = c.claimIdentifier();
        return id == null || id.isEmpty() ? "CH" : id;
    }

    /** 2000A/2010AA/2010AB/2010AC. */
    record Billing(Provider billing, Address payToAddress, PayToPlan payToPlan) {
    }

    /** 2000B/2010BA/2010BB (and the PAT of a subscriber who is the patient). */
    record Subscriber(io.claimgate.x12.claim.Subscriber subscriber, String claimFilingCode, String payerId,
                      String payerName, Address payerAddress, String billingCommercialNumber,
                      String billingLocationNumber, List<String> patientDetails) {
    }

    /** 2000C/2010CA. */
    record Patient(Dependent dependent, List<String> patientDetails) {
    }

    /** True when the patient is the subscriber: no dependent, or a dependent whose relationship is 18 (self). */
    static boolean patientIsSubscriber(Claim c) {
        Dependent d = c.dependent();
        return d == null || "18".equals(d.relationshipToSubscriberCode());
    }
}
