package org.cxloop.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenCodecAndPolicyTest {

    @Test
    void generatedTokensCarry256RandomBitsAndHashToSha256Hex() {
        String a = TokenCodec.generate();
        String b = TokenCodec.generate();
        assertNotEquals(a, b);
        assertTrue(a.startsWith("cxl_"));
        assertEquals(4 + 43, a.length());
        assertTrue(TokenCodec.isPlausible(a));
        assertEquals(64, TokenCodec.hash(a).length());
        assertEquals(TokenCodec.hash(a), TokenCodec.hash(a));
        assertEquals("cxl_" + a.substring(4, 10), TokenCodec.displayPrefix(a));
    }

    @Test
    void implausibleSecretsAreRejectedBeforeAnyLookup() {
        assertFalse(TokenCodec.isPlausible(null));
        assertFalse(TokenCodec.isPlausible("short"));
        assertFalse(TokenCodec.isPlausible("cxl_with a space inside it 123456"));
        assertFalse(TokenCodec.isPlausible("cxl_ąęźżółćń_non_ascii_characters_here"));
        assertFalse(TokenCodec.isPlausible("x".repeat(201)));
    }

    @Test
    void passwordPolicy() {
        assertEquals(Optional.of("password-too-short"), PasswordPolicy.violation("short", "anna"));
        assertEquals(Optional.of("password-too-short"), PasswordPolicy.violation(null, "anna"));
        assertEquals(Optional.of("password-too-long"), PasswordPolicy.violation("x".repeat(129), "anna"));
        assertEquals(Optional.of("password-control-characters"), PasswordPolicy.violation("twelve chars\u0000!", "anna"));
        assertEquals(Optional.of("password-is-username"), PasswordPolicy.violation("Anna.Kowalska", "anna.kowalska"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("źdźbło trawy na łące", "anna"));
    }
}
