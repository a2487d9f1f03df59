package id.kompeten.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The tag depends on the bytes and the variants only; If-None-Match lists, weak tags and junk. */
class ConditionalGetTest {

    private static final byte[] BODY = "{\"ikm\":79.18}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameBytesAndVariantsGiveTheSameStrongTagAndAnyChangeAnother() {
        EntityTag tag = ConditionalGet.tagOf(BODY, "id");
        assertEquals(tag, ConditionalGet.tagOf(BODY.clone(), "id"));
        assertFalse(tag.isWeak());
        assertEquals(32, tag.getValue().length());
        assertNotEquals(tag, ConditionalGet.tagOf(BODY, "en"), "the language selects another representation");
        assertNotEquals(tag, ConditionalGet.tagOf("{\"ikm\":79.19}".getBytes(StandardCharsets.UTF_8), "id"));
        assertNotEquals(ConditionalGet.tagOf(BODY, "ab", "c"), ConditionalGet.tagOf(BODY, "a", "bc"));
    }

    @Test
    void ifNoneMatchMatchesTheTagInAListWeaklyOrAnyTagWithAStar() {
        EntityTag tag = ConditionalGet.tagOf(BODY);
        String quoted = "\"" + tag.getValue() + "\"";
        assertTrue(ConditionalGet.matches(quoted, tag));
        assertTrue(ConditionalGet.matches("\"other\", " + quoted, tag));
        assertTrue(ConditionalGet.matches("\"a,b\",W/" + quoted, tag), "a comma inside a tag, then a weak tag");
        assertTrue(ConditionalGet.matches(" * ", tag));
        assertFalse(ConditionalGet.matches(null, tag));
        assertFalse(ConditionalGet.matches("", tag));
        assertFalse(ConditionalGet.matches("\"other\"", tag));
        assertFalse(ConditionalGet.matches(tag.getValue(), tag), "unquoted is not an entity tag");
        assertFalse(ConditionalGet.matches("\"" + tag.getValue(), tag), "unclosed");
    }

    @Test
    void answers304WithoutBodyWhenTheClientHasTheTagElse200WithTheBytes() {
        String cache = "private, max-age=30";
        Response full = ConditionalGet.respond(BODY, null, cache, "id").build();
        assertEquals(200, full.getStatus());
        assertEquals(BODY, full.getEntity());
        EntityTag tag = full.getEntityTag();
        assertEquals(ConditionalGet.tagOf(BODY, "id"), tag);
        assertEquals(cache, full.getHeaders().getFirst("Cache-Control"));

        Response notModified = ConditionalGet.respond(BODY, "\"" + tag.getValue() + "\"", cache, "id").build();
        assertEquals(304, notModified.getStatus());
        assertNull(notModified.getEntity());
        assertEquals(tag, notModified.getEntityTag());
        assertEquals(cache, notModified.getHeaders().getFirst("Cache-Control"));

        assertEquals(200, ConditionalGet.respond(BODY, "\"" + tag.getValue() + "\"", cache, "en").build()
                .getStatus(), "the tag of the Indonesian answer does not stand for the English one");
    }
}
