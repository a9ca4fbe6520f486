package io.claimgate.gateway.cli;

import io.claimgate.gateway.Gateway;
import io.claimgate.gateway.config.ConfigException;
import io.claimgate.gateway.config.GatewayConfig;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code claimgate serve [--config FILE]}: runs the HTTP API until stopped (SIGTERM/SIGINT stop it
 * cleanly: no new requests, requests in hand finished, store closed). Default: 127.0.0.1:8080 and the
 * embedded H2 store under ./data.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the gateway's HTTP API.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Override
    public Integer call() throws Exception {
        GatewayConfig c;
        try {
            c = config.load();
        } catch (ConfigException e) {
            e.problems().forEach(p -> spec.commandLine().getErr().println("config: " + p));
            return 2;
        }
        Gateway gateway = Gateway.start(c, Clock.systemUTC());
        Thread stop = new Thread(gateway::close, "claimgate-shutdown");
        Runtime.getRuntime().addShutdownHook(stop);
        gateway.awaitClose();
        return 0;
    }
}
