package io.claimgate.x12.claim;

import java.math.BigDecimal;

/**
 * Loop 2300 CN1 contract information (JSON {@code claimInformation.claimContractInformation}): CN101
 * {@code contractTypeCode} (01 diagnosis related group, 02 per diem, ..., 09 other), CN102
 * {@code contractAmount}, CN103 {@code contractPercentage}, CN104 {@code contractCode}, CN105
 * {@code termsDiscountPercentage}, CN106 {@code contractVersionIdentifier}. Sent when the provider and
 * payer have a contract that the claim is priced under.
 */
public record ContractInformation(String contractTypeCode, BigDecimal contractAmount, BigDecimal contractPercentage,
                                  String contractCode, BigDecimal termsDiscountPercentage,
                                  String contractVersionIdentifier) {
}
