package io.storywatch.producer;

import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The properties file every command takes: Kafka client settings (security and the like, as Kafka's
 * own tools take them with --command-config) and, for the app, storywatch.* settings.
 */
public final class ConfigOption {
    @Option(names = {"--config", "--command-config"}, paramLabel = "FILE",
            description = "Properties file: Kafka client settings (e.g. security.protocol, sasl.*) and storywatch.* settings.")
    Path file;

    /** The file's properties; empty when no file was given. */
    public Properties load() throws IOException {
        return file != null ? read(file) : new Properties();
    }

    /** The file's properties; when no file was given, those of {@code fallback} if it exists. */
    public Properties loadOr(Path fallback) throws IOException {
        return file == null && Files.isRegularFile(fallback) ? read(fallback) : load();
    }

    private static Properties read(Path path) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(path)) {
            props.load(in);
        }
        return props;
    }
}
