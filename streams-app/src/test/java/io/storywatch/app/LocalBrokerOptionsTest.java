package io.storywatch.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocalBrokerOptionsTest {
    @Test
    void theBrokersExtraJavaOptionsAreSplitAtWhiteSpace() {
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Dmarker=a"), LocalBroker.javaOptions("  -XX:TieredStopAtLevel=1 \t -Dmarker=a "));
        assertEquals(List.of(), LocalBroker.javaOptions(null));
        assertEquals(List.of(), LocalBroker.javaOptions("   "));
    }
}
