package io.claimgate.x12.claim;

import java.util.List;

/**
 * A CRC conditions indicator: CRC02 {@code certificationConditionIndicator} (Y or N) and the condition
 * codes CRC03 onwards. 837P 2300 CRC*ZZ EPSDT referral (JSON {@code epsdtReferral}: codes AV, NU, S2, ST)
 * and 2400 CRC*09 durable medical equipment condition (JSON {@code conditionIndicatorDurableMedicalEquipment}:
 * {@code conditionIndicator} and {@code conditionIndicatorCode}, 38 or ZV).
 */
public record ConditionIndicator(String certificationConditionIndicator, List<String> conditionCodes) {
    public ConditionIndicator {
        conditionCodes = Lists.copy(conditionCodes);
    }
}
