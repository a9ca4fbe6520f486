package io.claimgate.x12.claim;

import java.math.BigDecimal;

/**
 * 837P 2400 PS1 purchased service information (JSON {@code purchasedServiceInformation}): PS101
 * {@code purchasedServiceProviderIdentifier}, PS102 {@code purchasedServiceChargeAmount}.
 */
public record PurchasedService(String purchasedServiceProviderIdentifier, BigDecimal purchasedServiceChargeAmount) {
}
