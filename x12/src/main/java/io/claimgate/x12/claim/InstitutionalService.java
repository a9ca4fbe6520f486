package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * 837I 2400 SV2: SV201 {@code serviceLineRevenueCode}; SV202 composite {@code procedureIdentifier}
 * (HC, ER, HP, IV, WK) : {@code procedureCode} : {@code procedureModifiers} : ... : {@code description};
 * SV203 {@code lineItemChargeAmount}; SV204 {@code measurementUnit} (UN, DA); SV205
 * {@code serviceUnitCount}; SV207 {@code nonCoveredChargeAmount}.
 */
public record InstitutionalService(String serviceLineRevenueCode, String procedureIdentifier, String procedureCode,
                                   List<String> procedureModifiers, String description,
                                   BigDecimal lineItemChargeAmount, String measurementUnit,
                                   BigDecimal serviceUnitCount, BigDecimal nonCoveredChargeAmount) {
    public InstitutionalService {
        procedureModifiers = Lists.copy(procedureModifiers);
    }
}
