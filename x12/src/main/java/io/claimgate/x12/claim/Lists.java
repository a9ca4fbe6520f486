package io.claimgate.x12.claim;

import java.util.List;

/** Defensive copies for record components: absent lists become empty, never null. */
final class Lists {
    private Lists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
