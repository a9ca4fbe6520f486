package io.claimgate.x12.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One implementation guide (005010X222A1, 005010X223A2, ...) as read from its table in
 * {@code mappings/guides}: the loop and segment structure of one transaction set with every element's
 * usage, type, length and codes. Immutable; load it once ({@link Guides}) and share it.
 *
 * @param version          the guide's version (GS08 / ST03), e.g. {@code 005010X222A1}
 * @param accepts          other GS08/ST03 values (errata levels) read with this table
 * @param transactionSetId ST01 ({@code 837})
 * @param functionalId     GS01 ({@code HC})
 * @param name             the guide's title
 * @param root             the transaction set: ST, the header, the detail loops and SE, as one loop with an empty id
 */
public record GuideTable(String version, Set<String> accepts, String transactionSetId, String functionalId, String name,
                         GuideLoop root) {
    public GuideTable {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(root, "root");
        accepts = Set.copyOf(accepts);
    }

    /** Reads a table from its text; {@code source} names it in error messages. Throws on any malformed line. */
    public static GuideTable parse(String source, String text) {
        return new GuideParser(source, text, Guides::codeList).parse();
    }

    /** True when this table reads files that name {@code v} in GS08 / ST03. */
    public boolean reads(String v) {
        return version.equals(v) || accepts.contains(v);
    }

    /** Every segment id the guide uses anywhere. */
    public Set<String> segmentIds() {
        Set<String> out = new HashSet<>();
        collect(root, out);
        return out;
    }

    private static void collect(GuideLoop loop, Set<String> out) {
        for (GuideNode n : loop.children()) {
            if (n instanceof GuideSegment s) {
                out.add(s.id());
            } else {
                collect((GuideLoop) n, out);
            }
        }
    }

    /** All loops of the guide, depth first. */
    public List<GuideLoop> loops() {
        List<GuideLoop> out = new java.util.ArrayList<>();
        loops(root, out);
        return out;
    }

    private static void loops(GuideLoop loop, List<GuideLoop> out) {
        out.add(loop);
        for (GuideNode n : loop.children()) {
            if (n instanceof GuideLoop l) {
                loops(l, out);
            }
        }
    }
}
