package org.borderliaison.shared.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A list as CSV (RFC 4180: CRLF lines, fields quoted when they hold the separator, a quote or a line break) in UTF-8
 * with a byte order mark, which is how Excel knows the file is UTF-8 and shows Vietnamese correctly. The separator is
 * the list separator Excel uses in the reader's Windows: ';' for Vietnamese (whose decimal mark is the comma), ','
 * otherwise. Text that Excel would take for a formula (=, +, -, @ first) is prefixed with an apostrophe.
 * Written straight to the response: nothing but the current row is held.
 */
final class CsvListWriter<R> implements ListWriter<R> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final List<ExportColumn<R>> columns;
    private final ZoneId zone;
    private final char separator;
    private final Writer out;

    CsvListWriter(List<ExportColumn<R>> columns, ZoneId zone, char separator, OutputStream target) {
        this.columns = columns;
        this.zone = zone;
        this.separator = separator;
        this.out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 16 * 1024);
    }

    @Override
    public void header(List<String> labels) throws IOException {
        out.write('\uFEFF');
        line(labels.stream().map(label -> (Object) label).toList(), true);
    }

    @Override
    public void row(R row) throws IOException {
        line(columns.stream().map(column -> column.of(row)).toList(), false);
    }

    private void line(List<Object> values, boolean header) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(separator);
            }
            Object value = values.get(i);
            if (value != null) {
                out.write(field(header ? ExportColumn.Kind.TEXT : columns.get(i).kind(), value));
            }
        }
        out.write("\r\n");
    }

    private String field(ExportColumn.Kind kind, Object value) {
        return switch (kind) {
            case DATE -> DATE.format((LocalDate) value);
            case DATE_TIME -> DATE_TIME.format(((Instant) value).atZone(zone));
            case NUMBER -> number((Number) value);
            case TEXT -> quoted(String.valueOf(value));
        };
    }

    private String number(Number value) {
        String plain = new BigDecimal(value.toString()).toPlainString();
        return separator == ';' ? plain.replace('.', ',') : plain;
    }

    private String quoted(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.indexOf(separator) < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
            return safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    @Override
    public void finish(OutputStream ignored) throws IOException {
        out.flush();
    }
}
