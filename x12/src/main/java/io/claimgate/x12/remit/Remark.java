package io.claimgate.x12.remit;

import java.util.Objects;

/**
 * A remittance advice remark code (RARC): from LQ (service line, LQ01 = HE) or from MIA / MOA (claim).
 *
 * @param source      where it came from: {@code LQ}, {@code MIA} or {@code MOA}
 * @param code        the remark code (e.g. {@code N206}, {@code MA01})
 * @param description its meaning from {@code mappings/codes/remittance-remark.tsv}, "" when unknown
 */
public record Remark(String source, String code, String description) {
    public Remark {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
    }
}
