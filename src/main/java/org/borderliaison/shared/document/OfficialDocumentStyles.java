package org.borderliaison.shared.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheet of official documents (static/css/official.css) as text, for the PDF templates to inline: the PDF
 * renderer reads no URL, and page and PDF must lay the header out alike.
 */
public final class OfficialDocumentStyles {

    private static volatile String css;

    private OfficialDocumentStyles() {
    }

    public static String css() {
        if (css == null) {
            try (InputStream in = OfficialDocumentStyles.class.getResourceAsStream("/static/css/official.css")) {
                if (in == null) {
                    throw new IllegalStateException("static/css/official.css missing from the application");
                }
                css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return css;
    }
}
