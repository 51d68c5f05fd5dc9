package org.borderliaison.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as an Excel sheet, written through POI's streaming workbook: only the last {@value #ROWS_IN_MEMORY} rows are
 * held, the others go to a compressed temporary file as they are written. Numbers are number cells, dates date cells
 * (dd/mm/yyyy), the header row is frozen and carries the autofilter.
 */
final class XlsxListWriter<R> implements ListWriter<R> {

    static final int ROWS_IN_MEMORY = 100;

    private final List<ExportColumn<R>> columns;
    private final ZoneId zone;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle number;
    private final CellStyle text;
    private int rows;

    XlsxListWriter(String title, List<ExportColumn<R>> columns, ZoneId zone) {
        this.columns = columns;
        this.zone = zone;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(title));
        short dateFormat = workbook.createDataFormat().getFormat("dd/mm/yyyy");
        date = style(dateFormat);
        dateTime = style(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
        number = style(workbook.createDataFormat().getFormat("#,##0"));
        text = workbook.createCellStyle();
        text.setWrapText(false);
    }

    private CellStyle style(short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

    @Override
    public void header(List<String> labels) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, 256 * width(columns.get(i).kind(), labels.get(i)));
        }
        sheet.createFreezePane(0, 1);
    }

    /** Characters: enough for the kind's values and the label, never a whole paragraph of text. */
    private static int width(ExportColumn.Kind kind, String label) {
        int values = switch (kind) {
            case DATE -> 12;
            case DATE_TIME -> 20;
            case NUMBER -> 10;
            case TEXT -> 32;
        };
        return Math.min(60, Math.max(values, label.length() + 4));
    }

    @Override
    public void row(R value) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn<R> column = columns.get(i);
            Object cellValue = column.of(value);
            if (cellValue == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (column.kind()) {
                case NUMBER -> {
                    cell.setCellValue(((Number) cellValue).doubleValue());
                    cell.setCellStyle(number);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) cellValue);
                    cell.setCellStyle(date);
                }
                case DATE_TIME -> {
                    cell.setCellValue(((Instant) cellValue).atZone(zone).toLocalDateTime());
                    cell.setCellStyle(dateTime);
                }
                case TEXT -> {
                    cell.setCellValue(String.valueOf(cellValue));
                    cell.setCellStyle(text);
                }
            }
        }
    }

    /** The highest row number already written out of memory (-1 while every row is still held). */
    int lastFlushedRow() {
        return sheet.getLastFlushedRowNum();
    }

    @Override
    public void finish(OutputStream out) throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns.size() - 1));
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
