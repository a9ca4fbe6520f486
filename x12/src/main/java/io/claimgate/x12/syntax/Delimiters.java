package io.claimgate.x12.syntax;

/**
 * The four X12 delimiters of one interchange. They are always taken from the ISA segment: the element
 * separator is the character after {@code ISA}, the repetition separator is ISA11, the component
 * separator is ISA16 and the segment terminator is the character that follows ISA16.
 *
 * @param element    data element separator (usually {@code *})
 * @param component  component element separator, ISA16 (usually {@code :})
 * @param repetition repetition separator, ISA11 (usually {@code ^}); {@code 0} when the interchange has none
 *                   (version 00401 and earlier put the standards identifier {@code U} there)
 * @param segment    segment terminator (usually {@code ~})
 */
public record Delimiters(char element, char component, char repetition, char segment) {

    /** {@code * : ^ ~}, the delimiters almost every 5010 partner uses. */
    public static final Delimiters DEFAULT = new Delimiters('*', ':', '^', '~');

    public Delimiters {
        if (element == 0 || component == 0 || segment == 0) {
            throw new IllegalArgumentException("element, component and segment delimiters are required");
        }
        if (element == component || element == segment || component == segment
                || (repetition != 0 && (repetition == element || repetition == component || repetition == segment))) {
            throw new IllegalArgumentException("delimiters must be distinct: " + describe(element, component, repetition, segment));
        }
        if (Character.isLetterOrDigit(element) || Character.isLetterOrDigit(component)
                || Character.isLetterOrDigit(segment) || (repetition != 0 && Character.isLetterOrDigit(repetition))) {
            throw new IllegalArgumentException("delimiters must not be letters or digits: "
                    + describe(element, component, repetition, segment));
        }
    }

    /** True when {@code c} is one of the delimiters of this interchange. */
    public boolean isDelimiter(char c) {
        return c == element || c == component || c == segment || (repetition != 0 && c == repetition);
    }

    /** The index of the first delimiter character in {@code value}, or -1. */
    public int indexOfDelimiter(CharSequence value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            if (isDelimiter(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Names the delimiter role of {@code c} ("element separator", ...), for error messages. */
    public String roleOf(char c) {
        if (c == element) return "element separator";
        if (c == component) return "component separator";
        if (c == segment) return "segment terminator";
        if (repetition != 0 && c == repetition) return "repetition separator";
        return "not a delimiter";
    }

    private static String describe(char e, char c, char r, char s) {
        return "element '" + e + "', component '" + c + "', repetition '" + (r == 0 ? "none" : String.valueOf(r))
                + "', segment '" + s + "'";
    }
}
