package io.claimgate.gateway.cli;

import io.claimgate.gateway.loadtest.OpenLoopSender;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * The process {@code bench-load} starts for its single-claim phase ({@link OpenLoopSender}, in a JVM of its own).
 * Arguments: {@code host port rate warmupRequests requestFile resultFile}. It tells the bench, one line each on
 * standard output, {@code start MICROS} (when request 0 is due), {@code counting} (the first counted request is
 * due) and {@code finished IOERRORS} (every request answered, the result file written).
 */
public final class LoadSenderMain {
    private LoadSenderMain() {
    }

    public static void main(String[] args) throws Exception {
        InetSocketAddress server = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        int ioErrors = OpenLoopSender.send(server, Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]),
                Path.of(args[5]), new OpenLoopSender.Progress() {
                    @Override
                    public void started(long epochMicros) {
                        line("start " + epochMicros);
                    }

                    @Override
                    public void counting() {
                        line("counting");
                    }
                });
        line("finished " + ioErrors);
        System.exit(0);
    }

    private static void line(String text) {
        System.out.println(text);
        System.out.flush();
    }
}
