package io.claimgate.gateway.cli;

import io.claimgate.gateway.config.ConfigLoader;
import io.claimgate.gateway.config.GatewayConfig;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by the commands that use the store or the server. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (.properties or .json); CLAIMGATE_* environment variables override it.")
    Path file;

    GatewayConfig load() throws IOException {
        return ConfigLoader.load(file, System.getenv());
    }
}
