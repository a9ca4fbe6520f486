package io.claimgate.gateway.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The query parameters the list endpoints share ({@code since}, {@code order}, {@code limit}, {@code cursor}),
 * read and checked in one place so that {@code GET /v1/claims} and {@code GET /v1/remittances} answer alike; a
 * wrong one is a 400 that names it.
 */
final class ListParams {
    static final int DEFAULT_LIMIT = 100;

    private ListParams() {
    }

    /** A parameter that is not as documented; {@link #response()} is the 400 that says which and how it should be. */
    static final class Invalid extends Exception {
        Invalid(String detail) {
            super(detail, null, false, false);
        }

        ApiResponse response() {
            return invalid(getMessage());
        }
    }

    /** One page asked for: newest first (else by id), at most {@code limit} items after the id {@code after}. */
    record Page(boolean newest, int limit, String after) {
    }

    /** An opaque cursor: the last id of a page behind a prefix naming its kind, in base64url. */
    record Cursor(String prefix, Pattern id) {
        String encode(String lastId) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((prefix + lastId).getBytes(StandardCharsets.US_ASCII));
        }

        /** The id, or null when {@code cursor} is not one this list gave out. */
        String decode(String cursor) {
            try {
                String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                return s.startsWith(prefix) && id.matcher(s.substring(prefix.length())).matches()
                        ? s.substring(prefix.length()) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    static ApiResponse invalid(String detail) {
        return Problems.of(400, "invalid-parameter", "Invalid query parameter", detail);
    }

    /** {@code since}: a date (midnight UTC) or an instant; null when absent. */
    static Instant since(ApiRequest r) throws Invalid {
        String text = r.queryParam("since");
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid("since: a date (2024-06-01) or an instant (2024-06-01T12:00:00Z)");
        }
    }

    /** {@code order=newest|id}, {@code limit=1..maxLimit} (default 100) and {@code cursor} as {@code cursors} gave it. */
    static Page page(ApiRequest r, int maxLimit, Cursor cursors) throws Invalid {
        String order = r.queryParam("order");
        if (order != null && !order.equals("newest") && !order.equals("id")) {
            throw new Invalid("order: newest (default) or id");
        }
        int limit = DEFAULT_LIMIT;
        String l = r.queryParam("limit");
        if (l != null) {
            try {
                limit = Integer.parseInt(l);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > maxLimit) {
                throw new Invalid("limit: 1 to " + maxLimit);
            }
        }
        String after = null;
        String cursor = r.queryParam("cursor");
        if (cursor != null) {
            after = cursors.decode(cursor);
            if (after == null) {
                throw new Invalid("cursor: as given in nextCursor of the previous page");
            }
        }
        return new Page(order == null || order.equals("newest"), limit, after);
    }
}
