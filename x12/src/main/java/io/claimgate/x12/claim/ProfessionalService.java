package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * 837P 2400 SV1. SV101 composite: {@code procedureIdentifier} (HC, ER, IV, WK) : {@code procedureCode} :
 * {@code procedureModifiers} (up to 4) : ... : {@code description} (SV101-7); SV102
 * {@code lineItemChargeAmount}; SV103 {@code measurementUnit} (UN units, MJ minutes); SV104
 * {@code serviceUnitCount}; SV105 {@code placeOfServiceCode} (only when it differs from CLM05-1); SV107
 * {@code diagnosisCodePointers} (strings "1".."12" into {@code healthCareCodeInformation}, up to 4);
 * SV109 {@code emergencyIndicator}; SV111 {@code epsdtIndicator}; SV112 {@code familyPlanningIndicator};
 * SV115 {@code copayStatusCode}.
 */
public record ProfessionalService(String procedureIdentifier, String procedureCode, List<String> procedureModifiers,
                                  String description, BigDecimal lineItemChargeAmount, String measurementUnit,
                                  BigDecimal serviceUnitCount, String placeOfServiceCode,
                                  List<String> diagnosisCodePointers, String emergencyIndicator,
                                  String epsdtIndicator, String familyPlanningIndicator, String copayStatusCode) {
    public ProfessionalService {
        procedureModifiers = Lists.copy(procedureModifiers);
        diagnosisCodePointers = Lists.copy(diagnosisCodePointers);
    }
}
