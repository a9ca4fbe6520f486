package io.claimgate.x12.remit;

import io.claimgate.x12.codes.CodeSet;

/**
 * Descriptions of the 835 code values, from the tables in {@code mappings/codes/}. The tables are looked up
 * once, when this class is first used, not per code read.
 */
final class RemitCodes {
    /** CAS01: claim adjustment group codes (CO, PR, OA, PI, CR). */
    static final CodeSet ADJUSTMENT_GROUP = CodeSet.named("claim-adjustment-group");
    /** CAS02, 05, ..: claim adjustment reason codes (CARC). */
    static final CodeSet ADJUSTMENT_REASON = CodeSet.named("claim-adjustment-reason");
    /** MIA, MOA and LQ: remittance advice remark codes (RARC). */
    static final CodeSet REMARK = CodeSet.named("remittance-remark");
    /** CLP02: claim status codes. */
    static final CodeSet CLAIM_STATUS = CodeSet.named("claim-payment-status");
    /** PLB03-1 and on: provider adjustment reason codes. */
    static final CodeSet PROVIDER_ADJUSTMENT = CodeSet.named("provider-adjustment-reason");

    private RemitCodes() {
    }

    /** The description of {@code code} in {@code table}, "" when the code is empty or not listed. */
    static String describe(CodeSet table, String code) {
        String d = code.isEmpty() ? null : table.description(code);
        return d == null ? "" : d;
    }
}
