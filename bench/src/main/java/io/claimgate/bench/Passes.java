package io.claimgate.bench;

import io.claimgate.x12.syntax.Segment;
import io.claimgate.x12.syntax.X12Reader;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** One full pass over the input with each reader; every pass touches every element. */
final class Passes {
    private Passes() {
    }

    /** Claimgate: the length of every element (the reader has found every element's bounds). */
    static long claimgateLengths(byte[] data) {
        long sum = 0;
        try (X12Reader reader = X12Reader.of(data)) {
            while (reader.next()) {
                Segment s = reader.segment();
                for (int i = 1, n = s.size(); i <= n; i++) {
                    sum += s.length(i);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    /** Claimgate: the id and every element as a String. */
    static void claimgateStrings(byte[] data, Consumer<String> sink) {
        try (X12Reader reader = X12Reader.of(data)) {
            while (reader.next()) {
                Segment s = reader.segment();
                sink.accept(s.id());
                for (int i = 1, n = s.size(); i <= n; i++) {
                    sink.accept(s.element(i));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** StAEDI: every segment tag and element/component event, its text length. */
    static long staediLengths(byte[] data) {
        long sum = 0;
        try (EDIStreamReader reader = staedi(data)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.ELEMENT_DATA || event == EDIStreamEvent.START_SEGMENT) {
                    sum += reader.getTextLength();
                }
            }
        } catch (EDIStreamException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sum;
    }

    /** StAEDI: every segment tag and element/component event as a String. */
    static void staediStrings(byte[] data, Consumer<String> sink) {
        try (EDIStreamReader reader = staedi(data)) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                if (event == EDIStreamEvent.ELEMENT_DATA || event == EDIStreamEvent.START_SEGMENT) {
                    sink.accept(reader.getText());
                }
            }
        } catch (EDIStreamException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EDIStreamReader staedi(byte[] data) {
        return EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(data));
    }
}
