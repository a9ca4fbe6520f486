package io.claimgate.gateway.cli;

import io.claimgate.gateway.xml.XmlBridge;
import io.claimgate.gateway.xml.XmlConversionException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate xml FILE [-o OUT]}: converts a 999, 277CA or 835 to XML through Smooks' EDI cartridge
 * (see {@link XmlBridge} for the XML's shape). Exit code 0 when converted, 1 when Smooks could not parse the
 * file (the message names the segment where it stopped, when Smooks says), 2 when the file is not X12 or is
 * another transaction set, or cannot be read or written. Slow and memory hungry by design (Daffodil): for small files and integrations
 * that want XML; {@code claimgate read} is the reader of record.
 */
@Command(name = "xml", mixinStandardHelpOptions = true,
        description = "Convert a 999, 277CA or 835 to XML through Smooks (DFDL schemas in mappings/dfdl).")
public final class XmlCommand implements Callable<Integer> {
    /** Exit code of a converted file. */
    public static final int CONVERTED = 0;
    /** Exit code of a file Smooks could not parse. */
    public static final int PARSE_FAILED = 1;
    /** Exit code of input that is not X12 or not a 999, 277 or 835. */
    public static final int NOT_SUPPORTED = 2;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The X12 file (999, 277CA or 835).")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write the XML here instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        byte[] x12;
        try {
            x12 = Files.readAllBytes(file);
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return NOT_SUPPORTED;
        }
        // Converted in memory first so that a failed conversion leaves no partial output file.
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try (XmlBridge bridge = new XmlBridge()) {
            bridge.toXml(x12, xml);
        } catch (XmlConversionException e) {
            err.println(file + ": " + e.getMessage());
            return e.kind() == XmlConversionException.Kind.PARSE_FAILED ? PARSE_FAILED : NOT_SUPPORTED;
        } catch (IOException e) {
            err.println("cannot convert " + file + ": " + e.getMessage());
            return NOT_SUPPORTED;
        }
        try {
            if (output == null) {
                OutputStream out = System.out;
                xml.writeTo(out);
                out.write('\n');
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    xml.writeTo(out);
                }
            }
        } catch (IOException e) {
            err.println("cannot write " + (output == null ? "the XML" : output) + ": " + e.getMessage());
            return NOT_SUPPORTED;
        }
        return CONVERTED;
    }
}
