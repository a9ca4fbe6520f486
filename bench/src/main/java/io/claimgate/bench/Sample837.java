package io.claimgate.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a large, envelope-valid 837P in memory from a real sample
 * (LFH 005010X222A2 example 1): the sample's subscriber loop (2000B, with its 2000C patient,
 * 2300 claim and 2400 service lines) is repeated with fresh HL numbers and claim ids inside
 * one ST, until the file reaches the requested size. SE01 is the true segment count.
 */
public final class Sample837 {
    static final String RESOURCE = "/LFH__837_005010X222A2_demo.example1.837";

    private Sample837() {
    }

    /** An 837P of at least {@code targetBytes}, with {@code '~'} terminators and a line feed after each segment. */
    public static byte[] build(int targetBytes) {
        List<String> segments = sampleSegments();
        int firstSubscriber = -1;
        int trailer = -1;
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (firstSubscriber < 0 && s.startsWith("HL*2*")) {
                firstSubscriber = i;
            }
            if (s.startsWith("SE*")) {
                trailer = i;
            }
        }
        List<String> header = segments.subList(0, firstSubscriber);       // ISA .. billing provider 2000A
        List<String> claimBlock = segments.subList(firstSubscriber, trailer); // 2000B .. last 2400

        ByteArrayOutputStream out = new ByteArrayOutputStream(targetBytes + 64 * 1024);
        int stSegments = 0;
        for (String s : header) {
            write(out, s);
            if (!s.startsWith("ISA*") && !s.startsWith("GS*")) {
                stSegments++;
            }
        }
        int hl = 1; // HL*1 is the billing provider
        long claim = 0;
        while (out.size() < targetBytes) {
            claim++;
            int subscriberHl = 0;
            for (String s : claimBlock) {
                String[] e = s.split("\\*", -1);
                if (e[0].equals("HL")) {
                    hl++;
                    e[1] = Integer.toString(hl);
                    if (e[3].equals("22")) {
                        subscriberHl = hl;
                        e[2] = "1";
                    } else {
                        e[2] = Integer.toString(subscriberHl);
                    }
                } else if (e[0].equals("CLM")) {
                    e[1] = "C" + claim;
                }
                write(out, String.join("*", e));
                stSegments++;
            }
        }
        stSegments++; // SE
        write(out, "SE*" + stSegments + "*0021");
        write(out, "GE*1*1");
        write(out, "IEA*1*000000907");
        return out.toByteArray();
    }

    /** Number of segments (terminators) in {@code data}. */
    public static long segments(byte[] data) {
        long n = 0;
        for (byte b : data) {
            if (b == '~') {
                n++;
            }
        }
        return n;
    }

    private static void write(ByteArrayOutputStream out, String segment) {
        out.writeBytes(segment.getBytes(StandardCharsets.ISO_8859_1));
        out.write('~');
        out.write('\n');
    }

    private static List<String> sampleSegments() {
        byte[] raw;
        try (InputStream in = Sample837.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            raw = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        for (String s : new String(raw, StandardCharsets.ISO_8859_1).split("~")) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
