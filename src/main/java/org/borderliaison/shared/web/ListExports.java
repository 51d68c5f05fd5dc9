package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.borderliaison.shared.CurrentUser;
import org.borderliaison.shared.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every record list's export and print view, from one column model ({@link ExportColumn}) and the list's rows read a
 * page at a time ({@link ExportBatches}): Excel or CSV written to the response as the rows are read, or a print page
 * whose rows Thymeleaf renders as they are read. A module supplies its columns, its rows for the page's filter, and
 * writes the download's EXPORT event with the row count this returns.
 */
@Component
public class ListExports {

    /** The view of every list's print page. */
    static final String PRINT_VIEW = "fragments/print-list";

    /** A download's format, named by the end of its address ({@code /meetings/export.xlsx}). */
    public enum Format {
        XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
        CSV("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));

        private final String extension;
        private final MediaType type;

        Format(String extension, MediaType type) {
            this.extension = extension;
            this.type = type;
        }

        public String extension() {
            return extension;
        }

        /** The format the request's path ends with; CSV unless it ends with ".xlsx". */
        public static Format of(HttpServletRequest request) {
            return request.getRequestURI().endsWith(".xlsx") ? XLSX : CSV;
        }
    }

    private static final java.util.Set<String> PAGER_PARAMETERS = java.util.Set.of("page", "after", "before", "_csrf");

    private final MessageSource messages;
    private final Clock clock;

    ListExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes the rows of {@code batches} to the response as {@code format}, a file named {@code <kind>-<today>.<ext>},
     * with the columns' labels in the reader's language; answers how many rows it wrote.
     */
    public <R> long send(Format format, String kind, String titleKey, List<ExportColumn<R>> columns, Iterator<List<R>> batches,
            HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Downloads.attachment(response, format.type, kind + "-" + LocalDate.now(clock) + "." + format.extension);
        OutputStream out = response.getOutputStream();
        try (ListWriter<R> writer = format == Format.XLSX ? new XlsxListWriter<>(text(titleKey, locale), columns, clock.getZone())
                : new CsvListWriter<>(columns, clock.getZone(), "vi".equals(locale.getLanguage()) ? ';' : ',', out)) {
            long count = write(writer, columns, batches, locale, messages);
            writer.finish(out);
            out.flush();
            return count;
        }
    }

    static <R> long write(ListWriter<R> writer, List<ExportColumn<R>> columns, Iterator<List<R>> batches, Locale locale,
            MessageSource messages) throws IOException {
        writer.header(columns.stream().map(column -> messages.getMessage(column.labelKey(), null, column.labelKey(), locale)).toList());
        long count = 0;
        while (batches.hasNext()) {
            for (R row : batches.next()) {
                writer.row(row);
                count++;
            }
        }
        return count;
    }

    /**
     * Fills {@code model} for the print page of a list and answers its view: the title, the filter in words, who prints
     * and when, the column labels and the rows as the page shows them (read as the page is rendered).
     */
    public <R> String print(Model model, String titleKey, String filterWords, List<ExportColumn<R>> columns, Iterator<List<R>> batches) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("printTitle", text(titleKey, locale));
        model.addAttribute("printFilter", filterWords);
        model.addAttribute("printedBy", CurrentUser.get().map(SignedInUser::displayName).orElse(CurrentUser.username()));
        model.addAttribute("printedAt", LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")));
        model.addAttribute("labels", columns.stream().map(column -> text(column.labelKey(), locale)).toList());
        model.addAttribute("numeric", columns.stream().map(column -> column.kind() == ExportColumn.Kind.NUMBER).toList());
        model.addAttribute("rows", new PrintedRows<>(columns, batches, locale));
        return PRINT_VIEW;
    }

    /**
     * The EXPORT event's parameters of a list download: its format, the list's filter and sort as asked for (the query
     * string, decoded) and the number of rows written.
     */
    public static Map<String, Object> parameters(Format format, HttpServletRequest request, long rows) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("format", format.extension);
        String query = listQuery(request);
        parameters.put("filter", query.isEmpty() ? null : URLDecoder.decode(query.substring(1), StandardCharsets.UTF_8));
        parameters.put("rows", rows);
        return parameters;
    }

    /**
     * The list's own query string for its export and print links: the filter and sort, without the pager's parameters;
     * with its leading '?', or empty.
     */
    public static String listQuery(HttpServletRequest request) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        request.getParameterMap().forEach((name, values) -> {
            if (!PAGER_PARAMETERS.contains(name)) {
                query.queryParam(name, (Object[]) values);
            }
        });
        String text = query.encode().build().getQuery();
        return text == null || text.isEmpty() ? "" : "?" + text;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The print page's rows as cell texts, read a batch at a time while the page renders; counts what it gave. */
    public final class PrintedRows<R> implements Iterable<List<String>> {

        private final List<ExportColumn<R>> columns;
        private final Iterator<List<R>> batches;
        private final NumberFormat numbers;
        private final DateTimeFormatter dates = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private final DateTimeFormatter times = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
        private long count;

        PrintedRows(List<ExportColumn<R>> columns, Iterator<List<R>> batches, Locale locale) {
            this.columns = columns;
            this.batches = batches;
            this.numbers = NumberFormat.getIntegerInstance(locale);
        }

        /** The rows given so far: all of them once the table is rendered. */
        public long getCount() {
            return count;
        }

        @Override
        public Iterator<List<String>> iterator() {
            return new Iterator<>() {
                private Iterator<R> batch = java.util.Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!batch.hasNext() && batches.hasNext()) {
                        batch = batches.next().iterator();
                    }
                    return batch.hasNext();
                }

                @Override
                public List<String> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    count++;
                    R row = batch.next();
                    List<String> cells = new ArrayList<>(columns.size());
                    columns.forEach(column -> cells.add(cell(column.kind(), column.of(row))));
                    return cells;
                }
            };
        }

        private String cell(ExportColumn.Kind kind, Object value) {
            if (value == null) {
                return "";
            }
            return switch (kind) {
                case NUMBER -> numbers.format(value);
                case DATE -> dates.format((LocalDate) value);
                case DATE_TIME -> times.format(((Instant) value).atZone(clock.getZone()));
                case TEXT -> String.valueOf(value);
            };
        }
    }
}
