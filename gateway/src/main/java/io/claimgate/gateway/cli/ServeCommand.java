package io.claimgate.gateway.cli;

import io.claimgate.gateway.Gateway;
import io.claimgate.gateway.LogSetup;
import io.claimgate.gateway.ops.LogFormat;
import io.claimgate.gateway.ops.OpsConfig;
import io.claimgate.gateway.config.ConfigException;
import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.store.StoreException;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate serve [--config FILE] [--log-format text|json]}: runs the HTTP API until stopped (SIGTERM/SIGINT stop it
 * cleanly: no new requests, requests in hand finished, store closed). Default: 127.0.0.1:8080 and the
 * embedded H2 store under ./data.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the gateway's HTTP API.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "text (default) or json (one JSON object per line); overrides log.format and CLAIMGATE_LOG_FORMAT.")
    String logFormat;

    @Override
    public Integer call() throws Exception {
        GatewayConfig c;
        try {
            c = config.load();
        } catch (ConfigException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("config: " + p));
            return 2;
        }
        if (logFormat != null) {
            LogFormat f = LogFormat.parse(logFormat).orElse(null);
            if (f == null) {
                spec.commandLine().getErr().println("--log-format: text or json, was " + logFormat);
                return 2;
            }
            c = c.withOps(new OpsConfig(f, c.ops().metricsEnabled()));
        }
        LogSetup.use(c.ops().logFormat());
        Gateway gateway;
        try {
            gateway = Gateway.start(c, Clock.systemUTC());
        } catch (StoreException e) {
            spec.commandLine().getErr().println(StoreErrors.cannotOpen(e));
            return 1;
        } catch (IllegalArgumentException e) {
            // The TLS files changed between reading the configuration and binding (ServerTls names the setting).
            spec.commandLine().getErr().println("config: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            // Netty throws a BindException (port taken) undeclared.
            if (e instanceof java.net.BindException) {
                spec.commandLine().getErr().println("cannot listen on " + c.http().host() + ":" + c.http().port()
                        + ": " + e.getMessage());
                return 1;
            }
            throw e;
        }
        Thread stop = new Thread(() -> {
            gateway.close();
            LogSetup.stop(); // the queued log lines, the shutdown's own included
        }, "claimgate-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        gateway.awaitClose();
        return 0;
    }
}
