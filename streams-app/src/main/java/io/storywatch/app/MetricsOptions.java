package io.storywatch.app;

import picocli.CommandLine.Option;

import java.net.InetSocketAddress;

/** Where /metrics and /health listen. */
public final class MetricsOptions {
    @Option(names = "--metrics-address", defaultValue = "127.0.0.1",
            description = "Address of /metrics and /health (default: ${DEFAULT-VALUE}).")
    String address;

    @Option(names = "--metrics-port",
            description = "Port of /metrics and /health; 0 picks a free one (default: 8080 for run, 0 for demo).")
    Integer port;

    /** The address to listen on; {@code defaultPort} when no port was given. */
    InetSocketAddress socketAddress(int defaultPort) {
        return new InetSocketAddress(address, port == null ? defaultPort : port);
    }
}
