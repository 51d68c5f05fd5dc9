package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.borderliaison.shared.CursorPageRequest;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The export writers hold a bounded number of rows whatever the list's length: the rows are read a page at a time
 * and the workbook keeps only its last rows in memory, the rest going to its temporary file as they are written.
 */
class ListWritersTests {

    record Line(int number, String text, LocalDate day) {
    }

    private static final List<ExportColumn<Line>> COLUMNS = List.of(ExportColumn.number("n", Line::number),
            ExportColumn.text("t", Line::text), ExportColumn.date("d", Line::day));

    @Test
    void aLongListIsReadByPagesAndWrittenThroughASmallRowWindow() throws Exception {
        int total = 5_000;
        List<Pageable> asked = new ArrayList<>();
        // A query of 5,000 rows that makes each page on demand: no list of them all exists anywhere.
        ExportBatches<Line> batches = new ExportBatches<>(Sort.unsorted(), pageable -> {
            asked.add(pageable);
            int from = (int) pageable.getOffset();
            List<Line> page = new ArrayList<>();
            for (int i = from; i < Math.min(total, from + pageable.getPageSize()); i++) {
                page.add(new Line(i, "dòng " + i, LocalDate.of(2024, 1, 1).plusDays(i % 365)));
            }
            return new PageImpl<>(page, pageable, from + page.size());
        }, ExportBatches.SIZE);
        XlsxListWriter<Line> writer = new XlsxListWriter<>("Danh sách", COLUMNS, ZoneId.of("Asia/Ho_Chi_Minh"));
        List<Integer> flushedWhenPageAsked = new ArrayList<>();
        Iterator<List<Line>> watched = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return batches.hasNext();
            }

            @Override
            public List<Line> next() {
                List<Line> page = batches.next();
                flushedWhenPageAsked.add(writer.lastFlushedRow());
                return page;
            }
        };

        long written = ListExports.write(writer, COLUMNS, watched, Locale.forLanguageTag("vi"), new StaticMessageSource());
        // Before the workbook is finished, all but the last ROWS_IN_MEMORY rows are already out of memory.
        assertThat(writer.lastFlushedRow()).isGreaterThanOrEqualTo(total - XlsxListWriter.ROWS_IN_MEMORY);
        // Each page is read only when the one before it has been written (lazily, one at a time).
        assertThat(flushedWhenPageAsked.get(3)).isGreaterThan(flushedWhenPageAsked.get(2)).isGreaterThan(flushedWhenPageAsked.get(1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.finish(out);
        writer.close();

        assertThat(written).isEqualTo(total);
        assertThat(asked).hasSize(total / ExportBatches.SIZE + 1).allSatisfy(pageable -> {
            assertThat(pageable.getPageSize()).isEqualTo(ExportBatches.SIZE);
            assertThat(pageable).isInstanceOfSatisfying(CursorPageRequest.class, request -> assertThat(request.counted()).isFalse());
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheet("Danh sách");
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(total).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(total).getCell(0).getNumericCellValue()).isEqualTo(total - 1);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(total).getCell(2))).isTrue();
            assertThat(sheet.getRow(total).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C" + (total + 1));
        }
    }

    @Test
    void csvQuotesWhatItMustAndDisarmsFormulas() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvListWriter<Line> writer = new CsvListWriter<>(COLUMNS, ZoneId.of("Asia/Ho_Chi_Minh"), ';', out);
        Iterator<List<Line>> rows = List.of(List.of(new Line(1234, "Hà Khẩu; \"cửa khẩu\"\nsố II", LocalDate.of(2024, 3, 5)),
                new Line(2, "=HYPERLINK(\"x\")", null))).iterator();
        ListExports.write(writer, COLUMNS, rows, Locale.forLanguageTag("vi"), new StaticMessageSource());
        writer.finish(out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFn;t;d\r\n"
                + "1234;\"Hà Khẩu; \"\"cửa khẩu\"\"\nsố II\";05/03/2024\r\n"
                + "2;\"'=HYPERLINK(\"\"x\"\")\";\r\n");
    }
}
