package org.borderliaison.report.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.borderliaison.report.Summary;
import org.borderliaison.report.SummaryNumbers;

/** How the page writes the summary's numbers and dates in the reader's language. */
public final class SummaryFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Locale locale;

    SummaryFormat(Locale locale) {
        this.locale = locale;
    }

    public String number(BigDecimal value) {
        return SummaryNumbers.format(value, locale, false);
    }

    public String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** The change with its sign (+3, −2, 0). */
    public String change(BigDecimal value) {
        String digits = number(value.abs());
        return switch (value.signum()) {
            case 1 -> "+" + digits;
            case -1 -> "−" + digits;
            default -> digits;
        };
    }

    public String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * Text as a quoted CSS string, for the page-margin boxes of the printout: quotes, backslashes and the
     * characters XML reserves are escaped, so an agency name can never end the string or break the PDF's XHTML.
     */
    public String css(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\' || c == '<' || c == '&' || c == '>' || c < 0x20) {
                quoted.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /**
     * A page-number message ("Trang {0}/{1}") as CSS {@code content}: the text quoted, {0} the page counter and
     * {1} the pages counter.
     */
    public String pageNumbers(String pattern) {
        StringBuilder content = new StringBuilder();
        for (String part : pattern.split("(?=\\{[01]\\})|(?<=\\{[01]\\})")) {
            content.append(switch (part) {
                case "{0}" -> "counter(page)";
                case "{1}" -> "counter(pages)";
                default -> css(part);
            }).append(' ');
        }
        return content.toString().trim();
    }

    /** The name of a download: bao-cao-tong-hop-VN-LS-CA-2018-01-01-2022-03-23.pdf, the agency and the period, ASCII only. */
    static String fileName(Summary summary, String extension) {
        String code = summary.agency().code().replaceAll("[^A-Za-z0-9._-]", "_");
        return "bao-cao-tong-hop-" + code + "-" + summary.period().from() + "-" + summary.period().to() + "." + extension;
    }
}
