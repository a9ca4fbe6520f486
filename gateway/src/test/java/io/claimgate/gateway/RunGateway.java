package io.claimgate.gateway;

import io.claimgate.gateway.config.GatewayConfig;
import io.claimgate.gateway.http.HttpConfig;
import io.claimgate.gateway.store.DatabaseConfig;
import java.time.Clock;

/** A gateway in a process of its own, for the kill test: prints "PORT n" once serving, then runs until killed. */
public final class RunGateway {
    private RunGateway() {
    }

    public static void main(String[] args) throws Exception {
        HttpConfig d = HttpConfig.defaults();
        HttpConfig http = new HttpConfig("127.0.0.1", 0, d.maxBodyBytes(), d.maxHeaderBytes(), d.maxJsonDepth(),
                d.idleTimeoutSeconds(), d.requestTimeoutSeconds(), 4);
        Gateway g = Gateway.start(new GatewayConfig(http, new DatabaseConfig(args[0], "", "", 4)), Clock.systemUTC());
        System.out.println("PORT " + g.port());
        System.out.flush();
        g.awaitClose();
    }
}
