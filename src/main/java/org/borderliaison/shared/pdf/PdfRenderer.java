package org.borderliaison.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns an XHTML page (well-formed: a Thymeleaf template written as XML) into a PDF with the fonts shipped in
 * {@code classpath:fonts/}: Noto Sans for Latin and Vietnamese, Liberation Serif (the metrics of Times New Roman, the
 * font of official documents), Noto Sans Lao, and Droid Sans Fallback for Chinese. Pages name them with
 * {@link #FONT_FAMILY} or {@link #SERIF_FONT_FAMILY} and size themselves with CSS {@code @page}. Text is normalised to
 * NFC first: the renderer does not position combining marks, so decomposed Vietnamese would print broken.
 * <p>
 * Every PDF is archival, PDF/A-2b: fonts embedded, an sRGB output intent, and in its metadata the page's
 * {@code <title>} as the title, its {@code <meta name="author">} as the author and its {@code <html lang>} as the
 * language. Text in no named font falls to Liberation Serif (registered as CSS {@code serif}, the default family)
 * rather than to a PDF base font, which PDF/A forbids because it is not embedded.
 * <p>
 * A rendering holds tens of megabytes (the parsed fonts, the laid-out pages of a ten-year summary) and keeps a core
 * busy, so only {@code liaison.pdf.concurrent-renderings} run at once and further requests wait their turn: sixteen
 * PDFs at once otherwise exhausted a 256 MB heap (README "Memory") without printing any faster.
 */
@Component
public class PdfRenderer {

    /** The CSS {@code font-family} list that reaches every embedded font; the renderer falls back glyph by glyph. */
    public static final String FONT_FAMILY = "'Noto Sans', 'Noto Sans Lao', 'Droid Sans Fallback'";

    /** The serif list of official documents: Liberation Serif (Times New Roman's metrics), then Lao and Chinese. */
    public static final String SERIF_FONT_FAMILY = "'Liberation Serif', 'Noto Sans Lao', 'Droid Sans Fallback'";

    private record EmbeddedFont(String file, String family, int weight, FontStyle style) {

        EmbeddedFont(String file, String family, int weight) {
            this(file, family, weight, FontStyle.NORMAL);
        }
    }

    private static final List<EmbeddedFont> FONTS = List.of(
            new EmbeddedFont("NotoSans-Regular.ttf", "Noto Sans", 400),
            new EmbeddedFont("NotoSans-Bold.ttf", "Noto Sans", 700),
            new EmbeddedFont("NotoSansLao-Regular.ttf", "Noto Sans Lao", 400),
            new EmbeddedFont("NotoSansLao-Bold.ttf", "Noto Sans Lao", 700),
            // one weight only: bold Chinese headings use the regular outlines rather than a missing glyph
            new EmbeddedFont("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 400),
            new EmbeddedFont("DroidSansFallbackFull.ttf", "Droid Sans Fallback", 700),
            new EmbeddedFont("LiberationSerif-Regular.ttf", "Liberation Serif", 400),
            new EmbeddedFont("LiberationSerif-Bold.ttf", "Liberation Serif", 700),
            new EmbeddedFont("LiberationSerif-Italic.ttf", "Liberation Serif", 400, FontStyle.ITALIC),
            new EmbeddedFont("LiberationSerif-BoldItalic.ttf", "Liberation Serif", 700, FontStyle.ITALIC),
            new EmbeddedFont("LiberationSerif-Regular.ttf", "serif", 400),
            new EmbeddedFont("LiberationSerif-Bold.ttf", "serif", 700),
            new EmbeddedFont("LiberationSerif-Italic.ttf", "serif", 400, FontStyle.ITALIC),
            new EmbeddedFont("LiberationSerif-BoldItalic.ttf", "serif", 700, FontStyle.ITALIC));

    /** The colour space PDF/A asks every document to declare (the JDK's own sRGB profile). */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    /** Font files read once per instance (about 5 MB), then served from memory to each rendering. */
    private final Map<String, byte[]> fontFiles = new ConcurrentHashMap<>();

    private final Semaphore renderings;

    PdfRenderer(@Value("${liaison.pdf.concurrent-renderings:2}") int concurrentRenderings) {
        this.renderings = new Semaphore(Math.max(1, concurrentRenderings), true);
    }

    public byte[] render(String xhtml) {
        try {
            renderings.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to render a PDF", e);
        }
        try {
            return renderNow(xhtml);
        } finally {
            renderings.release();
        }
    }

    private byte[] renderNow(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        for (EmbeddedFont font : FONTS) {
            builder.useFont(() -> new ByteArrayInputStream(fontFile(font.file())), font.family(), font.weight(), font.style(), true);
        }
        builder.useFastMode();
        builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
        builder.useColorProfile(SRGB);
        builder.withProducer("Border Liaison");
        builder.withHtmlContent(Normalizer.normalize(xhtml, Normalizer.Form.NFC), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return pdf.toByteArray();
    }

    private byte[] fontFile(String file) {
        return fontFiles.computeIfAbsent(file, name -> {
            try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the application: fonts/" + name);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
