package io.storywatch.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;


/** The one Jackson configuration of the project: ISO-8601 times, no nesting bombs, stable output. */
public final class Json {
    /** Deeper input than this is rejected while parsing, before any object is built. */
    public static final int MAX_NESTING_DEPTH = 64;

    /**
     * Field names are neither interned nor canonicalized: the desk's state holds maps keyed by terms
     * (open-ended vocabulary), and interning them grew the symbol table without bound (profiled).
     * Doubles are written with Jackson's Schubfach writer and read with its fast parser (off by default
     * in Jackson 2, on in 3): a story's term weights are up to 200 doubles, written on every article it
     * gains. With 100,000 articles in the desk benchmark's window, converting doubles took 39 of its samples
     * instead of 51 (one profile each, of some 1,400). Either way a double reads back as it was written.
     */
    public static final ObjectMapper MAPPER = withSettings(JsonMapper.builder(JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build()));

    /** This project's mapper settings (ISO-8601 times, no primitives from null) on a builder of any format. */
    public static ObjectMapper withSettings(MapperBuilder<?, ?> builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    static {
        MAPPER.getFactory().setStreamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build());
    }

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
