package org.borderliaison.shared.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds which parameter of a raw query string the container could not decode, so that the refusal names it: the
 * container only says that the parameters as a whole could not be parsed.
 */
final class QueryStrings {

    static final String UNKNOWN = "?";

    private QueryStrings() {
    }

    /** The name of the first parameter whose name or value is not %-encoded UTF-8, or {@link #UNKNOWN}. */
    static String firstUndecodable(String query) {
        if (query == null) {
            return UNKNOWN;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null) {
                return UNKNOWN;
            }
            if (value == null || !InputRules.acceptableText(name) || !InputRules.acceptableText(value)) {
                return InputRules.acceptableText(name) ? name : UNKNOWN;
            }
        }
        return UNKNOWN;
    }

    /** The decoded text, or null when its escapes are malformed or do not make UTF-8. */
    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                        || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] plain = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
                bytes.write(plain, 0, plain.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException undecodable) {
            return null;
        }
    }
}
