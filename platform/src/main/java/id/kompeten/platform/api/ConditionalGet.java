package id.kompeten.platform.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Conditional GET for computed answers (reports, dashboards) that have no version of their own: the strong
 * {@code ETag} is a hash of the serialized answer and of whatever else selects the representation (e.g. its
 * language), so the same figures give the same tag on every instance and any change of a figure a new one. A request
 * whose {@code If-None-Match} names the current tag gets 304 with the tag and no body: the server still computes the
 * answer, but the client is spared the transfer and the parsing.
 */
public final class ConditionalGet {

    /** Hex digits of the SHA-256 kept in the tag: 128 bits, plenty to tell versions of one answer apart. */
    private static final int TAG_LENGTH = 32;

    private ConditionalGet() {
    }

    /** The strong tag of {@code representation} together with {@code variants}. */
    public static EntityTag tagOf(byte[] representation, String... variants) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
        for (String variant : variants) {
            digest.update(String.valueOf(variant).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0); // "ab","c" and "a","bc" differ
        }
        digest.update(representation);
        return new EntityTag(HexFormat.of().formatHex(digest.digest()).substring(0, TAG_LENGTH));
    }

    /**
     * Whether an {@code If-None-Match} header value names {@code tag}: {@code *}, or a list of tags one of which has
     * the same opaque value. RFC 9110 13.1.2 compares weakly here, so {@code W/"x"} matches {@code "x"}.
     */
    public static boolean matches(String ifNoneMatch, EntityTag tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String header = ifNoneMatch.strip();
        if (header.equals("*")) {
            return true;
        }
        int i = 0;
        while (i < header.length()) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            if (header.startsWith("W/", i)) {
                i += 2;
            }
            if (i >= header.length() || header.charAt(i) != '"') {
                return false; // not a list of entity tags: treat as no match, so the client gets the full answer
            }
            int end = header.indexOf('"', i + 1);
            if (end < 0) {
                return false;
            }
            if (header.substring(i + 1, end).equals(tag.getValue())) {
                return true;
            }
            i = end + 1;
        }
        return false;
    }

    /**
     * 304 (tag and cache headers, no body) when {@code ifNoneMatch} names the tag of {@code json} and
     * {@code variants}, else 200 with {@code json} as {@code application/json}; both carry the tag and
     * {@code cacheControl} (a header value, sent as given: JAX-RS's CacheControl would reorder it). A builder, so the
     * caller can add headers such as {@code Vary}.
     */
    public static Response.ResponseBuilder respond(byte[] json, String ifNoneMatch, String cacheControl,
            String... variants) {
        EntityTag tag = tagOf(json, variants);
        Response.ResponseBuilder answer = matches(ifNoneMatch, tag) ? Response.notModified(tag)
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag);
        return answer.header(HttpHeaders.CACHE_CONTROL, cacheControl);
    }
}
