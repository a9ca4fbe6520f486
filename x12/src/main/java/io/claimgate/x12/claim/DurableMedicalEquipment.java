package io.claimgate.x12.claim;

import java.math.BigDecimal;

/**
 * 837P 2400 durable medical equipment information: PWK*CT PWK02 {@code certificateTransmissionCode} (JSON
 * {@code durableMedicalEquipmentCertificateOfMedicalNecessity.attachmentTransmissionCode}: AB, AD, AF, AG,
 * NS), CR3 {@code certificationTypeCode} (I initial, R renewal, S revised) and {@code durationInMonths}
 * (CR303, CR302 MO; JSON {@code durableMedicalEquipmentCertification}), CRC*09 {@code condition} (JSON
 * {@code conditionIndicatorDurableMedicalEquipment}). Null parts are not sent.
 */
public record DurableMedicalEquipment(String certificateTransmissionCode, String certificationTypeCode,
                                      BigDecimal durationInMonths, ConditionIndicator condition) {
}
