package io.claimgate.x12.remit;

import java.util.Objects;

/**
 * A REF or AMT or DTM or QTY value with its qualifier, kept as sent (e.g. {@code REF*1B} provider id,
 * {@code AMT*AU} coverage amount, {@code AMT*B6} allowed amount).
 *
 * @param qualifier REF01 / AMT01 / QTY01
 * @param value     REF02 / AMT02 / QTY02 as written
 */
public record Reference(String qualifier, String value) {
    public Reference {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(value, "value");
    }
}
