package org.borderliaison.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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

    /** The fonts, parsed once per instance from the files (about 7 MB), shared by the renderings. */
    private final Map<String, TrueTypeFont> fonts = new ConcurrentHashMap<>();

    private final Semaphore renderings;

    static {
        // The renderer logs each font it loads and each CSS property it skips (the print pages share their style
        // sheet with the browser) for every document, on its own console handler: keep what signals a fault.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

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
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            Map<String, PDFont> embedded = new HashMap<>();
            for (EmbeddedFont font : FONTS) {
                builder.useFont(new LazyFont(document, font.file(), embedded), font.family(), font.weight(), font.style(), true);
            }
            builder.useFastMode();
            builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
            builder.useColorProfile(SRGB);
            builder.withProducer("Border Liaison");
            builder.withHtmlContent(Normalizer.normalize(xhtml, Normalizer.Form.NFC), null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return pdf.toByteArray();
    }

    /**
     * A font of {@link #FONTS} for one document, embedded only when the layout first needs it (the Chinese fallback
     * only for a partner's name in Chinese, say), and once per file however many families and weights name it.
     */
    private final class LazyFont extends PDFontSupplier {

        private final PDDocument document;
        private final String file;
        private final Map<String, PDFont> embedded;

        LazyFont(PDDocument document, String file, Map<String, PDFont> embedded) {
            super(null);
            this.document = document;
            this.file = file;
            this.embedded = embedded;
        }

        @Override
        public PDFont supply() {
            return embedded.computeIfAbsent(file, name -> {
                try {
                    return PDType0Font.load(document, font(name), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("font " + name + " could not be embedded", e);
                }
            });
        }
    }

    /**
     * The font file parsed once and shared by every rendering: parsing the 4 MB Chinese font's character map took a
     * large part of each PDF. PDFBox reads a parsed font under its own locks (its font cache shares them the same
     * way) and embedding copies out the glyphs a document uses. Glyph substitution (GSUB) is off: PDFBox applies it
     * to every run of text by building a regular expression over all of the font's ligatures, which took most of
     * a summary's time; it would add only the "fi"/"fl" ligatures here, since Vietnamese is printed from precomposed
     * letters (NFC) and PDFBox shapes neither Lao nor Chinese with it.
     */
    private TrueTypeFont font(String file) {
        return fonts.computeIfAbsent(file, name -> {
            try {
                TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(fontFile(name)));
                parsed.setEnableGsub(false);
                return parsed;
            } catch (IOException e) {
                throw new UncheckedIOException("font " + name + " could not be read", e);
            }
        });
    }

    private static byte[] fontFile(String file) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: fonts/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
