package org.keepalived4j.config.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecommentTest {

    private final List<String> messages = new ArrayList<>();

    private String dc(String s) {
        return Decomment.apply(s, messages::add);
    }

    @Test
    void removesCommentsAndBlanks() {
        assertEquals("router_id foo", dc("   router_id foo   ! comment"));
        assertEquals("router_id foo", dc("\trouter_id foo # comment"));
        assertEquals("", dc("# only a comment"));
        assertEquals("", dc("! only a comment"));
        assertEquals(List.of(), messages);
    }

    @Test
    void keepsCommentCharactersInsideQuotes() {
        assertEquals("notify \"/bin/x # y ! z\"", dc("notify \"/bin/x # y ! z\" # real comment"));
    }

    @Test
    void escapedCommentCharactersLoseTheirBackslashOutsideQuotes() {
        assertEquals("k8 # not comment ! either \"in \\# quote\"", dc("k8 \\# not comment \\! either \"in \\# quote\""));
    }

    @Test
    void trailingBackslashIsKeptAndBlanksBeforeItGo() {
        assertEquals("router_id foo\\", dc("router_id foo \\"));
        assertEquals("smtp_server 1.2.3.4\\", dc("smtp_server 1.2.3.4 # comment \\"));
    }

    /** keepalived.service.d.auth_hmac.conf lines 5, 13, 50: a comment ending in a backslash leaves the line "\". */
    @Test
    void commentLineEndingInBackslashBecomesABackslash() {
        assertEquals("\\", dc("#   install -Dm644 keepalived.service.d.auth_hmac.conf \\"));
        assertEquals("\\", dc("#   systemd-creds encrypt --name=vrrp_hmac \\"));
    }

    @Test
    void quoteInsideCommentDoesNotCount() {
        assertEquals("a", dc("a # it's \"quoted"));
        assertEquals(List.of(), messages);
    }

    @Test
    void escapedQuoteDoesNotToggle() {
        assertEquals("x \"a\\\"b\" c", dc("x \"a\\\"b\" c"));
        assertEquals(List.of(), messages);
    }

    @Test
    void unterminatedQuoteIsReportedWithTheLine() {
        assertEquals("foo \"unterminated", dc("  foo \"unterminated"));
        assertEquals(List.of("Unterminated quote 'foo \"unterminated'"), messages);
    }
}
