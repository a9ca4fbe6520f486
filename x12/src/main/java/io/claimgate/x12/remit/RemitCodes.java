package io.claimgate.x12.remit;

import io.claimgate.x12.codes.CodeSet;

/** Descriptions of the 835 code values, from the tables in {@code mappings/codes/}. */
final class RemitCodes {
    static final String ADJUSTMENT_GROUP = "claim-adjustment-group";
    static final String ADJUSTMENT_REASON = "claim-adjustment-reason";
    static final String REMARK = "remittance-remark";
    static final String CLAIM_STATUS = "claim-payment-status";
    static final String PROVIDER_ADJUSTMENT = "provider-adjustment-reason";

    private RemitCodes() {
    }

    /** The description of {@code code} in {@code table}, "" when the code is empty or not listed. */
    static String describe(String table, String code) {
        String d = code.isEmpty() ? null : CodeSet.named(table).description(code);
        return d == null ? "" : d;
    }
}
