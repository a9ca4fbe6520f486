package io.claimgate.x12.claim;

import java.math.BigDecimal;
import java.util.List;

/**
 * 837P ambulance transport, at claim level (2300 CR1, CRC*07, loops 2310E / 2310F) or on a line (2400 CR1,
 * CRC*07, loops 2420G / 2420H). JSON {@code ambulanceTransportInformation}: CR102 {@code patientWeightInPounds}
 * (CR101 LB), CR104 {@code ambulanceTransportReasonCode} (A-E), CR106 {@code transportDistanceInMiles} (CR105
 * DH), CR109 {@code roundTripPurposeDescription}, CR110 {@code stretcherPurposeDescription};
 * {@code ambulanceCertification[]} CRC*07 (indicator and condition codes); {@code ambulancePickUpLocation}
 * NM1*PW + N3/N4, {@code ambulanceDropOffLocation} NM1*45 + N3/N4. Null parts are not sent.
 */
public record Ambulance(BigDecimal patientWeightInPounds, String ambulanceTransportReasonCode,
                        BigDecimal transportDistanceInMiles, String roundTripPurposeDescription,
                        String stretcherPurposeDescription, List<ConditionIndicator> certifications,
                        Address pickUpLocation, Address dropOffLocation) {
    public Ambulance {
        certifications = Lists.copy(certifications);
    }

    /** True when CR1 is sent: the transport information was given. */
    public boolean hasTransport() {
        return ambulanceTransportReasonCode != null || transportDistanceInMiles != null || patientWeightInPounds != null
                || roundTripPurposeDescription != null || stretcherPurposeDescription != null;
    }
}
