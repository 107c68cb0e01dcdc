package io.storywatch.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CharsTest {
    @Test
    void everyCharIsClassedAsTheJdkClassesIt() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetter((char) c), Chars.isLetter((char) c), "isLetter of U+" + Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit((char) c), Chars.isLetterOrDigit((char) c),
                    "isLetterOrDigit of U+" + Integer.toHexString(c));
        }
    }
}
