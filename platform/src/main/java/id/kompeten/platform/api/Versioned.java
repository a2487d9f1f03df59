package id.kompeten.platform.api;

/** A representation that carries its entity version: the value of its ETag, sent back in If-Match. */
public interface Versioned {

    long version();
}
