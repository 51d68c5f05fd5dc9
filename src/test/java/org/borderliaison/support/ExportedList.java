package org.borderliaison.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.borderliaison.shared.SignedInUser;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list's export as read back by the tests: the header labels and the rows, from the XLSX (a number cell read as a
 * Double, a date-formatted number cell as a LocalDate, text as a String, empty as null) or the CSV (every field a
 * String, quotes undone).
 */
public record ExportedList(List<String> labels, List<List<Object>> rows, String contentDisposition) {

    /** GET {@code path} as {@code user} with {@code params} (name, value, ...), expecting 200, read as XLSX. */
    public static ExportedList xlsx(MockMvc mvc, SignedInUser user, String path, String... params) throws Exception {
        MockHttpServletResponse response = fetch(mvc, user, path, params);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            // the header row is frozen and carries the autofilter over every column and row
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            Row header = sheet.getRow(0);
            List<String> labels = new ArrayList<>();
            header.forEach(cell -> labels.add(cell.getStringCellValue()));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).endsWith(String.valueOf(Math.max(1, sheet.getLastRowNum() + 1)));
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < labels.size(); c++) {
                    values.add(value(row.getCell(c)));
                }
                rows.add(values);
            }
            return new ExportedList(labels, rows, response.getHeader("Content-Disposition"));
        }
    }

    /** GET {@code path} as {@code user} with {@code params}, expecting 200, read as CSV with {@code separator}. */
    public static ExportedList csv(MockMvc mvc, SignedInUser user, char separator, String path, String... params) throws Exception {
        MockHttpServletResponse response = fetch(mvc, user, path, params);
        byte[] bytes = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(response.getContentType()).startsWith("text/csv");
        List<List<String>> records = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), separator);
        List<List<Object>> rows = new ArrayList<>();
        records.subList(1, records.size()).forEach(record -> rows.add(new ArrayList<>(record)));
        return new ExportedList(records.get(0), rows, response.getHeader("Content-Disposition"));
    }

    private static MockHttpServletResponse fetch(MockMvc mvc, SignedInUser user, String path, String... params) throws Exception {
        var request = get(path).with(user(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? (Object) cell.getLocalDateTimeCellValue() : (Object) cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }

    /** The column {@code label}'s values. */
    public List<Object> column(String label) {
        int index = labels.indexOf(label);
        assertThat(index).as("column " + label + " in " + labels).isNotNegative();
        return rows.stream().map(row -> row.get(index)).toList();
    }

    /**
     * Holds the same rows as the list page {@code page} of the same filter: as many (when the page counted them all),
     * and its rows first, in its order; {@code expected} gives a page row's values of the {@code columns} (a date as a
     * LocalDate, a number as a Long, text as a String), compared with the export's cells read as such.
     */
    public <T> void holdsThePage(org.springframework.data.domain.Page<T> page, java.util.function.Function<T, List<Object>> expected,
            int... columns) {
        assertThat(page.getContent()).as("a page with rows to compare").isNotEmpty();
        if (!(page instanceof org.borderliaison.shared.ListPage<T> listPage) || listPage.isTotalExact()) {
            assertThat(rows).hasSize((int) page.getTotalElements());
        } else {
            assertThat(rows.size()).isGreaterThan((int) ((org.borderliaison.shared.ListPage<T>) page).getTotalAtLeast());
        }
        for (int i = 0; i < page.getContent().size(); i++) {
            List<Object> cells = new ArrayList<>();
            for (int column : columns) {
                cells.add(normalised(rows.get(i).get(column)));
            }
            List<Object> wanted = expected.apply(page.getContent().get(i)).stream().map(this::asExported).toList();
            assertThat(cells).as("row " + i).isEqualTo(wanted);
        }
    }

    private boolean isCsv() {
        return rows.stream().flatMap(List::stream).allMatch(cell -> cell == null || cell instanceof String);
    }

    private Object asExported(Object value) {
        if (value == null) {
            return isCsv() ? "" : null;
        }
        if (!isCsv()) {
            return value instanceof Integer number ? Long.valueOf(number) : value;
        }
        return value instanceof LocalDate day ? java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day) : String.valueOf(value);
    }

    private static Object normalised(Object cell) {
        if (cell instanceof java.time.LocalDateTime time) {
            return time.toLocalDate();
        }
        if (cell instanceof Double number && number == Math.rint(number)) {
            return number.longValue();
        }
        return cell;
    }

    /** The date of an XLSX date cell. */
    public static LocalDate date(Object cell) {
        assertThat(cell).isInstanceOf(java.time.LocalDateTime.class);
        return ((java.time.LocalDateTime) cell).toLocalDate();
    }

    /** RFC 4180 records: CRLF lines, quoted fields with doubled quotes and embedded line breaks. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).as("the file ends with CRLF").isEmpty();
        assertThat(record).isEmpty();
        return records;
    }
}
