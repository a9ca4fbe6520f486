package io.claimgate.x12.syntax;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Everything a reader produced from one input: copies of the segments, the delimiters seen, the issues. */
record ReadResult(List<Segment> segments, List<Delimiters> delimiters, List<X12Issue> issues, boolean notX12) {

    static ReadResult of(byte[] data) {
        return of(X12Reader.of(data));
    }

    static ReadResult of(InputStream in) {
        return of(X12Reader.of(in));
    }

    private static ReadResult of(X12Reader reader) {
        List<Segment> segments = new ArrayList<>();
        List<Delimiters> delimiters = new ArrayList<>();
        try (reader) {
            while (reader.next()) {
                segments.add(reader.segment().copy());
                delimiters.add(reader.delimiters());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReadResult(segments, delimiters, List.copyOf(reader.issues()), reader.notX12());
    }

    List<String> ids() {
        return segments.stream().map(Segment::id).toList();
    }

    List<String> texts() {
        return segments.stream().map(Segment::toString).toList();
    }

    List<X12Error> errors() {
        return issues.stream().map(X12Issue::error).toList();
    }

    X12Issue only(X12Error error) {
        List<X12Issue> found = issues.stream().filter(i -> i.error() == error).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + error + " in " + issues);
        }
        return found.get(0);
    }
}
