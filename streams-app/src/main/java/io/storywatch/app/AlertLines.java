package io.storywatch.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.storywatch.json.Json;

import java.io.IOException;

/** How an alert reads on a terminal: its feed time, the watch lists it matches in brackets, then its message. */
public final class AlertLines {
    private AlertLines() {
    }

    /** The watch lists an alert names ({@code watches}); empty for none or an unreadable alert. */
    public static java.util.List<String> watches(String alertJson) {
        try {
            java.util.List<String> names = new java.util.ArrayList<>();
            Json.MAPPER.readTree(alertJson).path("watches").forEach(n -> names.add(n.asText()));
            return names;
        } catch (IOException e) {
            return java.util.List.of();
        }
    }

    public static String format(String alertJson) {
        try {
            JsonNode alert = Json.MAPPER.readTree(alertJson);
            StringBuilder watches = new StringBuilder();
            alert.path("watches").forEach(w -> watches.append(watches.length() == 0 ? "[" : ",").append(w.asText()));
            String marks = watches.length() == 0 ? "" : watches.append("] ").toString();
            return alert.path("at").asText() + "  " + marks + alert.path("message").asText();
        } catch (IOException e) {
            return "(unreadable alert) " + alertJson;
        }
    }
}
