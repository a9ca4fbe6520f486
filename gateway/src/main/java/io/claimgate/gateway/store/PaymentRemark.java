package io.claimgate.gateway.store;

import java.util.Objects;

/** A remark code of a claim payment (source MIA or MOA) or of a line (source LQ), e.g. {@code MA01}, {@code N130}. */
public record PaymentRemark(String source, String code) {
    public PaymentRemark {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
    }
}
