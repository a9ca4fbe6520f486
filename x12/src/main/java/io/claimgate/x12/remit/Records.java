package io.claimgate.x12.remit;

/** The text of a value class as a record's {@code toString} would give it: {@code Name[a=1, b=x]}. */
final class Records {
    private Records() {
    }

    static String toString(String name, String[] names, Object[] values) {
        StringBuilder sb = new StringBuilder(name).append('[');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names[i]).append('=').append(values[i]);
        }
        return sb.append(']').toString();
    }
}
