package io.storywatch.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {
    @Test
    void aBodyWithNothingToRemoveIsItsOwnTextAndEveryOffsetItsOwn() {
        String body = "The port strike starts at midnight.\nTalks resume on Monday.";
        NormalizedText text = TextNormalizer.normalize(body);
        assertEquals(body, text.text());
        assertEquals(0, text.originOf(0));
        assertEquals(body.indexOf("Monday"), text.originOf(text.text().indexOf("Monday")));
        assertEquals(body.length(), text.originOf(body.length()));
        assertEquals(body.length(), text.originOf(body.length() + 5));
    }

    @Test
    void offsetsAfterARemovalPointBackIntoTheBody() {
        String body = "Advertisement\nSee [the order](https://example.org/order) before Friday.";
        NormalizedText text = TextNormalizer.normalize(body);
        assertEquals("\nSee the order before Friday.", text.text());
        int friday = text.text().indexOf("Friday");
        assertEquals(body.indexOf("Friday"), text.originOf(friday));
        assertEquals(body.length(), text.originOf(text.text().length()));
    }

    @Test
    void anEmptyBodyHasNoOffsetsButZero() {
        assertEquals(0, TextNormalizer.normalize("").originOf(3));
    }
}
