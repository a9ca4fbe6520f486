/**
 * The claim model and its JSON binding.
 *
 * <p><b>Shape.</b> One {@link io.claimgate.x12.claim.Claim} record for both transactions, with
 * {@link io.claimgate.x12.claim.ClaimKind} PROFESSIONAL (837P) or INSTITUTIONAL (837I). Most of a claim
 * is shared (parties, 2300 claim data, COB, service lines); the kind-specific parts sit in the same
 * records and are empty/null for the other kind: {@code ServiceLine.professionalService()} (SV1) vs
 * {@code institutionalService()} (SV2); institutional-only claim data (CL1 {@code institutionalCodes},
 * procedures, occurrences, values, DRG). One model means one validator and one set of sub-records.
 *
 * <p><b>Normalizations.</b> Providers: one {@link io.claimgate.x12.claim.Provider} shape with a
 * {@link io.claimgate.x12.claim.ProviderRole}, from named objects or the legacy {@code providers[]} array.
 * Diagnoses: one list of {@link io.claimgate.x12.claim.Diagnosis} told apart by qualifier (ABK, ABF,
 * ABJ, APR, ABN); the institutional arrays of arrays are flattened. COB: always a list of
 * {@link io.claimgate.x12.claim.OtherSubscriber}. CAS: {@link io.claimgate.x12.claim.AdjustmentGroup}
 * everywhere. Notes: {@link io.claimgate.x12.claim.Note} with the NTE01 code. References:
 * {@link io.claimgate.x12.claim.ReferenceId} with the REF01 qualifier.
 *
 * <p><b>Values.</b> Amounts and quantities are {@code BigDecimal} (null when absent or malformed; the
 * malformation is an issue). Dates stay the CCYYMMDD strings they are on the wire (and in X12), checked
 * by {@link io.claimgate.x12.claim.ClaimSchemaCheck}; codes stay strings, checked there or by validation.
 * Lists are never null.
 *
 * <p><b>Reading.</b> {@link io.claimgate.x12.claim.ClaimJson#read} gives a
 * {@link io.claimgate.x12.claim.ClaimRead} (claim + {@link io.claimgate.x12.claim.ClaimIssue}s with JSON
 * paths); {@link io.claimgate.x12.claim.ClaimStream} reads arrays or NDJSON one claim at a time. The
 * field-by-field mapping to the 837 is {@code mappings/claim-json-to-837.md}.
 */
package io.claimgate.x12.claim;
