package org.cxloop.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void productionHashesUsePbkdf2Sha512WithAtLeast210000Iterations() {
        String hash = new PasswordHasher().hash("correct horse battery".toCharArray());
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertTrue(Integer.parseInt(parts[1]) >= 210_000);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(64, java.util.Base64.getDecoder().decode(parts[3]).length, "key bytes");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        PasswordHasher hasher = new PasswordHasher(1000);
        String first = hasher.hash("Zażółć gęślą jaźń".toCharArray());
        String second = hasher.hash("Zażółć gęślą jaźń".toCharArray());
        assertNotEquals(first, second);
        assertTrue(hasher.verify("Zażółć gęślą jaźń".toCharArray(), first));
        assertFalse(hasher.verify("Zazolc gesla jazn".toCharArray(), first));
        assertFalse(hasher.verify("".toCharArray(), first));
    }

    @Test
    void rejectsGarbageAndForeignFormats() {
        PasswordHasher hasher = new PasswordHasher(1000);
        assertFalse(hasher.verify("x".toCharArray(), null));
        assertFalse(hasher.verify("x".toCharArray(), "plain"));
        assertFalse(hasher.verify("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:AAAA:AAAA"));
        assertFalse(hasher.verify("x".toCharArray(), "MD5:1000:AAAA:AAAA"));
    }

    @Test
    void weakerHashesAreUpgradedAtNextLogin() {
        String old = new PasswordHasher(1000).hash("long enough password".toCharArray());
        PasswordHasher current = new PasswordHasher(2000);
        assertTrue(current.needsRehash(old));
        assertTrue(current.verify("long enough password".toCharArray(), old), "old hashes still verify");
        assertFalse(current.needsRehash(current.hash("long enough password".toCharArray())));
    }
}
