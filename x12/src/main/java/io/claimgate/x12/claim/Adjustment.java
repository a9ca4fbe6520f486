package io.claimgate.x12.claim;

import java.math.BigDecimal;

/** One reason / amount / quantity triple of a CAS segment (CAS02-04, 05-07, ...). */
public record Adjustment(String reasonCode, BigDecimal amount, BigDecimal quantity) {
}
