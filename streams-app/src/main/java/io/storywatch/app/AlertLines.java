package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;

import java.io.IOException;

/** How an alert reads on a terminal: its feed time, then its message. */
public final class AlertLines {
    private AlertLines() {
    }

    public static String format(String alertJson) {
        try {
            JsonNode alert = Json.MAPPER.readTree(alertJson);
            return alert.path("at").asText() + "  " + alert.path("message").asText();
        } catch (IOException e) {
            return "(unreadable alert) " + alertJson;
        }
    }
}
