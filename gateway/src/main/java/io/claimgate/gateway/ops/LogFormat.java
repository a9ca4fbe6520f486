package io.claimgate.gateway.ops;

import java.util.Locale;
import java.util.Optional;

/** How log events are written: {@code text} (one line per event, the default) or {@code json} (one object per line). */
public enum LogFormat {
    TEXT, JSON;

    /** {@code text} or {@code json}, in any case; empty for anything else. */
    public static Optional<LogFormat> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }
}
