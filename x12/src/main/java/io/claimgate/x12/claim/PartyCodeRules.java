package io.claimgate.x12.claim;

import io.claimgate.x12.claim.ClaimIssue.Code;
import io.claimgate.x12.codes.Formats;
import io.claimgate.x12.codes.Npi;
import io.claimgate.x12.codes.PostalCodes;

import java.util.List;

import static io.claimgate.x12.claim.RuleContext.blank;

/**
 * WEDI SNIP level 5 for the parties of a claim: NPI check digits (NM109 with NM108 XX) of every claim and
 * line provider and service facility, PRV03 taxonomy shape, and N4 addresses: N402 a USPS state, N403 a
 * 5- or 9-digit ZIP, and for the 2010AA billing provider the 9-digit ZIP+4 the guides require.
 * Addresses with a country other than the US (N404) are not checked.
 */
final class PartyCodeRules {
    private PartyCodeRules() {
    }

    static void check(RuleContext c) {
        for (Provider p : c.claim.providers()) {
            String base = c.paths.provider(p.role());
            provider(c, base, p);
            address(c, base + ".address", p.address(), p.role() == ProviderRole.BILLING);
        }
        if (c.claim.subscriber() != null) {
            address(c, "subscriber.address", c.claim.subscriber().address(), false);
        }
        if (c.claim.dependent() != null) {
            address(c, "dependent.address", c.claim.dependent().address(), false);
        }
        address(c, "payerAddress", c.claim.payerAddress(), false);
        address(c, c.professional() ? "payToAddress" : "billingPayToAddressName.address", c.claim.payToAddress(), false);
        if (c.info == null) {
            return;
        }
        Facility facility = c.info.serviceFacilityLocation();
        if (facility != null) {
            npi(c, c.paths.facilityNpi(), facility.npi());
            address(c, ClaimPaths.info("serviceFacilityLocation.address"), facility.address(), false);
        }
        List<ServiceLine> lines = c.info.serviceLines();
        for (int i = 0; i < lines.size(); i++) {
            ServiceLine line = lines.get(i);
            for (Provider p : line.providers()) {
                provider(c, ClaimPaths.lineProvider(i, p.role()), p);
            }
            Facility lineFacility = line.serviceFacilityLocation();
            if (lineFacility != null) {
                String base = ClaimPaths.line(i) + ".serviceFacilityLocation";
                npi(c, base + ".npi", lineFacility.npi());
                address(c, base + ".address", lineFacility.address(), false);
            }
        }
    }

    private static void provider(RuleContext c, String base, Provider p) {
        npi(c, base + ".npi", p.npi());
        if (p.taxonomyCode() != null && !Formats.valid("taxonomy", p.taxonomyCode())) {
            c.error(Code.INVALID_TAXONOMY, base + ".taxonomyCode",
                    "not a provider taxonomy code (9 letters or digits then X, e.g. 207Q00000X)");
        }
    }

    private static void npi(RuleContext c, String path, String npi) {
        if (npi != null && !Npi.valid(npi)) {
            c.error(Code.INVALID_NPI, path, "not a valid NPI: 10 digits whose last is the Luhn check digit");
        }
    }

    private static void address(RuleContext c, String base, Address a, boolean zipPlus4) {
        if (a == null || !blank(a.countryCode()) && !"US".equals(a.countryCode())) {
            return;
        }
        if (a.state() != null && !PostalCodes.state(a.state())) {
            c.error(Code.INVALID_STATE, base + ".state", "not a US state or territory code (USPS)");
        }
        String zip = a.postalCode();
        if (zip == null) {
            return;
        }
        if (!PostalCodes.zip(zip)) {
            c.error(Code.INVALID_POSTAL_CODE, base + ".postalCode", "must be a ZIP code of 5 or 9 digits");
        } else if (zipPlus4 && !PostalCodes.zip9(zip)) {
            c.error(Code.BILLING_ZIP_NOT_ZIP4, base + ".postalCode",
                    "the billing provider's ZIP code must have 9 digits (ZIP+4, required by the 837 guide for 2010AA)");
        }
    }
}
