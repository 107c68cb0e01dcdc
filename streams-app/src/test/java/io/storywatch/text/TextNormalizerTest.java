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
    void everyWordAfterManyRemovalsOnManyLinesPointsBackToItself() {
        String body = "Read [the memo](https://example.org/a) and [the reply](https://example.org/b) today.\n"
                + "Advertisement\n"
                + "Source: https://example.org/c then [a] bracket, a ] and ( but no link.\n"
                + "Talks end at [midnight](http://example.org/d) on Friday.";
        NormalizedText text = TextNormalizer.normalize(body);
        assertEquals("Read the memo and the reply today.\n\nSource:  then [a] bracket, a ] and ( but no link.\n"
                + "Talks end at midnight on Friday.", text.text());
        for (String word : new String[]{"Read", "memo", "reply", "today", "Source", "then", "[a]", "bracket", "link",
                "Talks", "midnight", "Friday"}) {
            assertEquals(body.indexOf(word), text.originOf(text.text().indexOf(word)), word);
        }
        assertEquals(body.length(), text.originOf(text.text().length()));
    }

    @Test
    void anEmptyBodyHasNoOffsetsButZero() {
        assertEquals(0, TextNormalizer.normalize("").originOf(3));
    }
}
