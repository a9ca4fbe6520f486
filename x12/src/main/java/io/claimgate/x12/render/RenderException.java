package io.claimgate.x12.render;

import java.util.List;

/**
 * Thrown by {@link RenderResult#orThrow()} when claims could not be rendered. Carries every issue; its
 * message names claim fields and X12 elements, never values.
 */
public final class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<RenderIssue> issues;

    public RenderException(List<RenderIssue> issues) {
        super(describe(issues));
        this.issues = List.copyOf(issues);
    }

    public List<RenderIssue> issues() {
        return issues;
    }

    private static String describe(List<RenderIssue> issues) {
        StringBuilder sb = new StringBuilder(issues.size() + " claim value(s) could not be written as X12");
        int shown = 0;
        for (RenderIssue i : issues) {
            if (shown++ == 10) {
                sb.append("; ...");
                break;
            }
            sb.append("; ").append(i);
        }
        return sb.toString();
    }
}
