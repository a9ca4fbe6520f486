package io.claimgate.x12.claim;

import java.math.BigDecimal;

/** 837I HI*BE value code with its amount (HI0x-5). JSON {@code valueInformationList[][]}. */
public record ValueInformation(String code, BigDecimal amount) {
}
