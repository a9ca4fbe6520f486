package io.claimgate.x12.validate;

import io.claimgate.x12.syntax.Segment;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One segment of an implementation guide, at its place in a loop.
 *
 * @param id         segment id ({@code NM1})
 * @param usage      R, S or N
 * @param max        maximum uses in one loop instance
 * @param name       the guide's name ({@code Billing Provider Name})
 * @param qualifiers the values that tell this guide segment from its neighbours with the same id
 *                   ({@code NM101=85}); all must hold
 * @param elements   element definitions by position (index 0 = element 1); position gaps are not allowed
 * @param rules      X12 syntax notes
 */
public record GuideSegment(String id, Usage usage, int max, String name, List<Qualifier> qualifiers,
                           List<GuideElement> elements, List<SyntaxRule> rules) implements GuideNode {

    /**
     * A {@code when} condition: element (and component) {@code position}/{@code component} holds one of {@code values}.
     */
    public record Qualifier(int position, int component, Set<String> values) {
        public Qualifier {
            values = Set.copyOf(values);
        }

        boolean matches(Segment s) {
            String v = component == 0 ? s.element(position) : s.component(position, component);
            return values.contains(v);
        }
    }

    public GuideSegment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(usage, "usage");
        qualifiers = List.copyOf(qualifiers);
        elements = List.copyOf(elements);
        rules = List.copyOf(rules);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).position() != i + 1) {
                throw new IllegalArgumentException("segment " + id + ": element " + (i + 1) + " is missing or out of order");
            }
        }
    }

    /** True when {@code s} has this segment's id and satisfies its qualifiers. */
    public boolean matches(Segment s) {
        if (!s.is(id)) {
            return false;
        }
        for (Qualifier q : qualifiers) {
            if (!q.matches(s)) {
                return false;
            }
        }
        return true;
    }
}
