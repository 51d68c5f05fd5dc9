package org.borderliaison.report.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.borderliaison.agency.Agencies;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.report.Summary;
import org.borderliaison.shared.document.OfficialDocumentStyles;
import org.borderliaison.shared.pdf.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the summary's templates need besides the summary, the same for the page and the PDF: the official heading
 * (the agency's header, number, date line, recipients, signatory), the number format, the breakdowns and charts, the
 * print date, and the fonts.
 */
@Component
class SummaryViews {

    private final Agencies agencies;
    private final SummaryHeadings headings;
    private final Clock clock;
    private final MessageSource messages;
    private volatile String stylesheet;

    SummaryViews(Agencies agencies, SummaryHeadings headings, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.agencies = agencies;
        this.headings = headings;
        this.clock = clock;
    }

    /** The model of a summary; {@code links} are left out of the PDF, which links nowhere. */
    Map<String, Object> model(Summary summary, Locale locale, boolean forPdf, SummaryDocument document) {
        Map<String, Object> model = new HashMap<>();
        model.put("summary", summary);
        model.put("heading", headings.heading(summary, document, locale));
        model.put("links", forPdf ? null : new SummaryLinks(summary, document));
        model.put("sections", SummarySections.of(summary));
        model.put("format", new SummaryFormat(locale));
        model.put("breakdowns", breakdowns(summary, locale));
        model.put("printedOn", LocalDate.now(clock));
        model.put("pdf", forPdf);
        model.put("boxFont", forPdf ? PdfRenderer.SERIF_FONT_FAMILY : "'Times New Roman', 'Liberation Serif', serif");
        if (forPdf) {
            model.put("fontFamily", PdfRenderer.SERIF_FONT_FAMILY);
            model.put("reportCss", stylesheet());
            model.put("officialCss", OfficialDocumentStyles.css());
        }
        return model;
    }

    SummaryBreakdowns breakdowns(Summary summary, Locale locale) {
        return new SummaryBreakdowns(summary, locale, SummaryBreakdowns.nativeNames(summary, this::nativeNames), messages);
    }

    private Map<Long, String> nativeNames(List<Long> ids) {
        return agencies.findAll(ids).values().stream().filter(agency -> agency.nameNative() != null)
                .collect(Collectors.toMap(AgencyView::id, AgencyView::nameNative));
    }

    /** The page's stylesheet, inlined into the PDF so that both draw the charts alike. */
    private String stylesheet() {
        if (stylesheet == null) {
            try (InputStream in = SummaryViews.class.getResourceAsStream("/static/css/report.css")) {
                if (in == null) {
                    throw new IllegalStateException("static/css/report.css missing from the application");
                }
                stylesheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stylesheet;
    }
}
