package io.storywatch.article;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as published on {@code news.articles} (key = {@link #id()}).
 *
 * @param published an ISO-8601 instant, a date alone ({@code 2026-02-26}), or null when unknown
 * @param body      the article text; required and non-empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Article(String id, String url, String outlet, String title, String author,
                      String published, String body, String lang) {

    public Article withId(String newId) {
        return new Article(newId, url, outlet, title, author, published, body, lang);
    }

    public Article withPublished(String newPublished) {
        return new Article(id, url, outlet, title, author, newPublished, body, lang);
    }
}
