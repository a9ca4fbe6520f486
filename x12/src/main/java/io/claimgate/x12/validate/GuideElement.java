package io.claimgate.x12.validate;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One element (or one component of a composite) of a guide segment.
 *
 * @param ref         reference as the guide writes it: {@code CLM01}, or {@code CLM05-01} for a component
 * @param position    1-based element position in the segment
 * @param component   1-based component position, 0 for an element
 * @param dataElement X12 dictionary number (IK402), e.g. {@code 1028}; composites start with {@code C} ({@code C023})
 * @param usage       R, S or N
 * @param type        X12 data type ({@code AN ID DT TM N0 N1 N2 R}); empty for composites and unused elements
 * @param minLength   minimum length (0 when not given)
 * @param maxLength   maximum length (0 when not given)
 * @param name        the guide's name, may be empty
 * @param codes       allowed code values; empty = any
 * @param format      a {@code io.claimgate.x12.codes.Formats} check name, or empty
 * @param repeat      how many repetitions the element may have (1 = not repeating)
 * @param components  the components of a composite, empty for a simple element
 */
public record GuideElement(String ref, int position, int component, String dataElement, Usage usage, String type,
                           int minLength, int maxLength, String name, Set<String> codes, String format, int repeat,
                           List<GuideElement> components) {
    public GuideElement {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(usage, "usage");
        if (position < 1) {
            throw new IllegalArgumentException("element position must be at least 1: " + ref);
        }
        type = type == null ? "" : type;
        name = name == null ? "" : name;
        format = format == null ? "" : format;
        codes = Set.copyOf(codes);
        components = List.copyOf(components);
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1: " + ref);
        }
    }

    /** True for a composite (C0NN) element. */
    public boolean composite() {
        return dataElement.startsWith("C");
    }
}
