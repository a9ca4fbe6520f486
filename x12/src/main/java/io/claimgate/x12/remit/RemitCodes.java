package io.claimgate.x12.remit;

import io.claimgate.x12.codes.CodeSet;

/**
 * Descriptions of the 835 code values, from the tables in {@code mappings/codes/}. The tables are loaded once,
 * when this class is first used, and the codes last looked up are kept in front of them (see {@link Table}).
 */
final class RemitCodes {
    /** CAS01: claim adjustment group codes (CO, PR, OA, PI, CR). */
    static final Table ADJUSTMENT_GROUP = new Table(CodeSet.named("claim-adjustment-group"));
    /** CAS02, 05, ..: claim adjustment reason codes (CARC). */
    static final Table ADJUSTMENT_REASON = new Table(CodeSet.named("claim-adjustment-reason"));
    /** MIA, MOA and LQ: remittance advice remark codes (RARC). */
    static final Table REMARK = new Table(CodeSet.named("remittance-remark"));
    /** CLP02: claim status codes. */
    static final Table CLAIM_STATUS = new Table(CodeSet.named("claim-payment-status"));
    /** PLB03-1 and on: provider adjustment reason codes. */
    static final Table PROVIDER_ADJUSTMENT = new Table(CodeSet.named("provider-adjustment-reason"));

    private RemitCodes() {
    }

    /** The description of {@code code} in {@code table}, "" when the code is empty or not listed. */
    static String describe(Table table, String code) {
        return table.describe(code);
    }

    /**
     * A code table with a small direct-mapped cache in front of it. An 835 uses a few dozen codes over and over,
     * and the reader hands out one String per short code value (see {@code Segment#element}), so a hit is mostly
     * an identity compare. Entries are immutable: threads sharing the cache race benignly (a miss only costs a
     * lookup in the table).
     */
    static final class Table {
        private static final int SLOTS = 256;
        private final CodeSet codes;
        private final Entry[] cache = new Entry[SLOTS];

        private record Entry(String code, String description) {
        }

        Table(CodeSet codes) {
            this.codes = codes;
        }

        String describe(String code) {
            if (code.isEmpty()) {
                return "";
            }
            int slot = code.hashCode() & (SLOTS - 1);
            Entry e = cache[slot];
            if (e != null && (e.code == code || e.code.equals(code))) {
                return e.description;
            }
            String d = codes.description(code);
            cache[slot] = new Entry(code, d == null ? "" : d);
            return d == null ? "" : d;
        }
    }
}
