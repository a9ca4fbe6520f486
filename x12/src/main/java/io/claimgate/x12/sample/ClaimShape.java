package io.claimgate.x12.sample;

import java.time.LocalDate;
import java.util.List;

/**
 * The decisions shared by both claim kinds, made first for each generated claim.
 *
 * @param payer                   the destination payer (2010BB)
 * @param medicare                the patient is a Medicare beneficiary (payer is the Medicare contractor)
 * @param level                   SBR01 of 2000B: P, S or T
 * @param priorPayers             the payers before this one (2320/2330B), in order
 * @param dependent               the patient is not the subscriber (2000C)
 * @param frequency               CLM05-3: 1 original, 7 replacement, 8 void
 * @param controlNumberOfOriginal REF*F8 for a replacement or void, else null
 * @param serviceDate             first date of service
 * @param subscriberBirth         the subscriber's birth date
 * @param controlSuffix           unique part of the patient control number
 */
record ClaimShape(Pools.Payer payer, boolean medicare, String level, List<Pools.Payer> priorPayers, boolean dependent,
                  String frequency, String controlNumberOfOriginal, LocalDate serviceDate, LocalDate subscriberBirth,
                  String controlSuffix) {
    ClaimShape {
        priorPayers = List.copyOf(priorPayers);
    }
}
