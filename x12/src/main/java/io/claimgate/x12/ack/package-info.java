/**
 * Acknowledgments of received X12: the 999 Implementation Acknowledgment (005010X231A1) and the TA1 Interchange
 * Acknowledgment, written from what {@link io.claimgate.x12.validate.X12Validator} found.
 *
 * <p>What gets what:
 * <ul>
 *   <li>Input that is not X12 (no readable ISA) gets nothing: there is no one to answer.</li>
 *   <li>Each interchange is answered by one interchange back to its sender. Each of its functional groups gets a
 *       999 transaction set in one FA group ({@link io.claimgate.x12.ack.FunctionalAckWriter}); FA groups are
 *       not acknowledged (acknowledgments are never acknowledged).</li>
 *   <li>An interchange whose envelope is in error (an interchange-level issue: ISA field lengths or values, IEA
 *       control number or group count) also gets a TA1 with TA104 = R and TA105 = the first such issue's note code,
 *       right after the reply's ISA ({@link io.claimgate.x12.ack.InterchangeAck}). A 999 has no code for a broken
 *       ISA/IEA, so the 999s still acknowledge the groups the interchange held (as pyx12 does): the sender learns
 *       every problem in one round trip. A TA1-only reply interchange has IEA01 = 0.</li>
 *   <li>A TA1 cannot be written when the ISA13, ISA09 or ISA10 it must copy are themselves invalid; no reply at
 *       all when the sender's ISA05/ISA06 cannot address one. Both are named in
 *       {@link io.claimgate.x12.ack.AckSummary#notAcknowledged()}.</li>
 *   <li>Not written: TA1 A (accepted) for a clean interchange that asked for one with ISA14 = 1; the validation
 *       report does not carry ISA14.</li>
 * </ul>
 * ISA15 of the reply follows the acknowledged interchange by default
 * ({@link io.claimgate.x12.ack.AckOptions.UsageIndicator#AS_ACKNOWLEDGED}).
 */
package io.claimgate.x12.ack;
