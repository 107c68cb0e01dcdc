package io.storywatch.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonTest {
    @Test
    void doublesAreWrittenAndReadWithJacksonsFastConversions() {
        assertTrue(Json.MAPPER.isEnabled(StreamWriteFeature.USE_FAST_DOUBLE_WRITER));
        assertTrue(Json.MAPPER.isEnabled(StreamReadFeature.USE_FAST_DOUBLE_PARSER));
    }

    @Test
    void everyDoubleReadsBackAsItWasWritten() throws IOException {
        Random random = new Random(11);
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 0.1, 1e-300, 4.9e-324, Double.MAX_VALUE, 1e23, 2e23));
        for (int i = 0; i < 10_000; i++) {
            values.add(Math.round(random.nextDouble() * 20_000) / 1000.0); // a term weight, three decimals
            values.add(Double.longBitsToDouble(random.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL)); // any finite double
        }
        List<Double> read = Json.MAPPER.readValue(Json.write(values), new TypeReference<List<Double>>() { });
        assertEquals(values, read);
    }
}
