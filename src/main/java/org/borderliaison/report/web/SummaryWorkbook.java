package org.borderliaison.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.report.Activity;
import org.borderliaison.report.Compared;
import org.borderliaison.report.Summary;
import org.borderliaison.report.Summary.CaseFigures;
import org.borderliaison.report.Summary.SeizureFigure;
import org.borderliaison.shared.document.OfficialHeading;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The summary as an Excel workbook: the official header block (agencies, number, motto, date line, title) and the
 * narrative above the figures beside the previous period and the change (sheet 1), the months
 * of the period (sheet 2) and the partners (sheet 3). Every kind and category is written, zeros included, like
 * the JSON: the rows stay the same from one year's file to the next, so staff can copy columns across years and
 * filter out the zeros themselves. Numbers are numeric cells holding the exact decimal of the summary; labels are
 * the page's messages in the reader's language.
 */
@Component
class SummaryWorkbook {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final int FIGURE_COLUMNS = 5;

    private final MessageSource messages;
    private final Clock clock;

    SummaryWorkbook(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    byte[] write(Summary summary, OfficialHeading heading, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        write(summary, heading, locale, bytes);
        return bytes.toByteArray();
    }

    void write(Summary summary, OfficialHeading heading, Locale locale, OutputStream out) {
        Writer writer = new Writer(summary, heading, locale);
        try {
            Workbook workbook = new Workbook(out, "Border Liaison", "1.0");
            writer.figures(workbook.newWorksheet(writer.text("report.xlsx.sheet.figures")));
            writer.months(workbook.newWorksheet(writer.text("report.xlsx.sheet.byMonth")));
            writer.partners(workbook.newWorksheet(writer.text("report.xlsx.sheet.byPartner")));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one summary in one language. */
    private final class Writer {

        private final Summary summary;
        private final OfficialHeading heading;
        private final Locale locale;
        private final String language;

        Writer(Summary summary, OfficialHeading heading, Locale locale) {
            this.summary = summary;
            this.heading = heading;
            this.locale = locale;
            this.language = locale.getLanguage();
        }

        void figures(Worksheet sheet) {
            int row = narrative(sheet, titleBlock(sheet, officialBlock(sheet)));
            int header = row + 1;
            headerRow(sheet, header, text("report.xlsx.column.section"), text("report.column.figure"),
                    text("report.column.current"), text("report.column.previous"), text("report.column.change"));
            sheet.freezePane(0, header + 1);
            sheet.width(0, 42);
            sheet.width(1, 62);
            sheet.width(2, 16);
            sheet.width(3, 16);
            sheet.width(4, 16);

            SummarySections sections = SummarySections.of(summary);
            Rows rows = new Rows(sheet, header + 1, text("report.noPrevious"));
            rows.comparing(sections.compared("MEETINGS"));
            String meetings = text("report.section.meetings");
            summary.meetings().forEach((kind, figure) -> rows.add(meetings, text("meetingKind." + kind), figure));

            rows.comparing(sections.compared("AGREEMENTS"));
            String agreements = text("report.section.agreements");
            summary.agreements().forEach((kind, figures) -> {
                String name = text("agreementKind." + kind);
                rows.add(agreements, text("report.agreements.signed", name), figures.signed());
                rows.add(agreements, text("report.agreements.inForce", name), figures.inForceAtEnd());
            });

            rows.comparing(sections.compared("PATROLS"));
            String patrols = text("report.section.patrols");
            summary.patrols().forEach((kind, figures) -> {
                String name = text("patrolKind." + kind);
                rows.add(patrols, text("report.patrols.count", name), figures.patrols());
                rows.add(patrols, qualified(name, text("report.patrols.ourPersonnel")), figures.ourPersonnel());
                rows.add(patrols, qualified(name, text("report.patrols.partnerPersonnel")), figures.partnerPersonnel());
            });

            rows.comparing(sections.compared("CASES"));
            String cases = text("report.section.cases");
            for (Map.Entry<CaseCategory, CaseFigures> entry : summary.cases().entrySet()) {
                String name = text("caseCategory." + entry.getKey());
                CaseFigures figures = entry.getValue();
                rows.add(cases, text("report.cases.count", name), figures.cases());
                rows.add(cases, qualified(name, text("report.cases.subjects")), figures.subjects());
                rows.add(cases, qualified(name, text("report.cases.victims")), figures.victims());
                for (SeizureFigure seizure : figures.seizures()) {
                    rows.add(cases, qualified(name, text("report.cases.seized", text("seizureItem." + seizure.item()),
                            text("seizureUnit." + seizure.unit()))), seizure.quantity());
                }
            }
            rows.add(cases, text("report.cases.publicOrder"), summary.publicOrderCases());

            rows.comparing(sections.compared("HANDOVERS"));
            for (Map.Entry<HandoverDirection, Map<HandoverCategory, Summary.HandoverFigures>> direction
                    : summary.handovers().entrySet()) {
                String section = qualified(text("report.section.handovers"), text("handoverDirection." + direction.getKey()));
                direction.getValue().forEach((category, figures) -> {
                    String name = text("handoverCategory." + category);
                    rows.add(section, text("report.handovers.quantity", name), figures.quantity());
                    rows.add(section, qualified(name, text("report.handovers.records")), figures.records());
                });
            }
            sheet.setAutoFilter(header, 0, rows.last(), FIGURE_COLUMNS - 1);
        }

        /**
         * The header of the official report as the PDF prints it: agencies and number (column A), motto and date line
         * (column C), the confidentiality mark, the title; returns the row after it.
         */
        private int officialBlock(Worksheet sheet) {
            int row = 0;
            if (heading.superiorUpper() != null) {
                sheet.value(row++, 0, heading.superiorUpper());
            }
            sheet.value(row, 0, heading.issuerUpper());
            sheet.style(row, 0).bold().set();
            sheet.value(0, 2, text("official.nation"));
            sheet.style(0, 2).bold().set();
            sheet.value(1, 2, text("official.motto"));
            sheet.style(1, 2).bold().underlined().set();
            row++;
            sheet.value(row, 0, text("official.number", heading.numberAndSymbol()));
            sheet.value(row, 2, heading.dateLine(locale));
            sheet.style(row, 2).italic().set();
            row++;
            if (heading.confidentiality().marked()) {
                sheet.value(row, 0, heading.confidentiality().mark());
                sheet.style(row, 0).bold().borderStyle("thin").set();
                row++;
            }
            sheet.value(++row, 0, heading.title());
            sheet.style(row, 0).bold().fontSize(14).set();
            return row + 1;
        }

        /** The narrative in one wrapped cell across the figure columns, for staff to copy or edit. */
        private int narrative(Worksheet sheet, int first) {
            int row = first + 1;
            sheet.value(row, 0, text("report.section.narrative"));
            sheet.style(row, 0).bold().set();
            row++;
            sheet.value(row, 0, summary.narrative().in(language));
            sheet.range(row, 0, row, FIGURE_COLUMNS - 1).merge();
            sheet.style(row, 0).wrapText(true).verticalAlignment("top").set();
            // Excel does not grow a merged row to its text: about 120 characters a line across the five columns.
            sheet.rowHeight(row, 15.0 * Math.max(1, summary.narrative().in(language).length() / 120 + 1));
            return row + 1;
        }

        /** Title, agency, period, previous period, partner and print date from {@code first}; returns the row after the block. */
        private int titleBlock(Worksheet sheet, int first) {
            int row = first;
            sheet.value(row, 0, text("report.summary.title"));
            sheet.style(row, 0).bold().fontSize(14).set();
            row++;
            sheet.value(row++, 0, text("report.xlsx.agency", SummaryBreakdowns.named(summary.agency(), locale, messages), summary.agency().code()));
            sheet.value(row++, 0, text("report.period", date(summary.period().from()), date(summary.period().to())));
            sheet.value(row++, 0, text("report.previousPeriod", date(summary.previousPeriod().from()),
                    date(summary.previousPeriod().to())));
            if (summary.partnerAgency() != null) {
                sheet.value(row++, 0, text("report.partner",
                        text("report.xlsx.agencyName", SummaryBreakdowns.named(summary.partnerAgency(), locale, messages),
                                summary.partnerAgency().code())));
            }
            if (summary.partnerCountry() != null) {
                sheet.value(row++, 0, text("report.partner", text("country." + summary.partnerCountry())));
            }
            sheet.value(row++, 0, text("report.printedOn", date(LocalDate.now(clock))));
            return row;
        }

        void months(Worksheet sheet) {
            measureHeader(sheet, text("report.xlsx.column.month"));
            sheet.width(0, 12);
            int row = 1;
            for (Activity.InMonth month : summary.byMonth()) {
                sheet.value(row, 0, month.month().atDay(1));
                sheet.style(row, 0).format("yyyy-mm").horizontalAlignment("left").set();
                measures(sheet, row, 1, month.activity());
                row++;
            }
        }

        void partners(Worksheet sheet) {
            measureHeader(sheet, text("report.partnerAgency"), text("report.xlsx.column.code"));
            sheet.width(0, 50);
            sheet.width(1, 16);
            int row = 1;
            for (Activity.WithPartner partner : summary.byPartner()) {
                sheet.value(row, 0, SummaryBreakdowns.named(partner.partner(), locale, messages));
                sheet.value(row, 1, partner.partner().code());
                measures(sheet, row, 2, partner.activity());
                row++;
            }
        }

        private void measureHeader(Worksheet sheet, String... first) {
            String[] titles = new String[first.length + Activity.Measure.values().length];
            System.arraycopy(first, 0, titles, 0, first.length);
            for (Activity.Measure measure : Activity.Measure.values()) {
                titles[first.length + measure.ordinal()] = text("report.measure." + measure);
                sheet.width(first.length + measure.ordinal(), 22);
            }
            headerRow(sheet, 0, titles);
            sheet.freezePane(0, 1);
        }

        private void measures(Worksheet sheet, int row, int column, Activity activity) {
            for (Activity.Measure measure : Activity.Measure.values()) {
                sheet.value(row, column + measure.ordinal(), activity.get(measure));
                sheet.style(row, column + measure.ordinal()).format("#,##0").set();
            }
        }

        private void headerRow(Worksheet sheet, int row, String... titles) {
            for (int column = 0; column < titles.length; column++) {
                sheet.value(row, column, titles[column]);
                sheet.style(row, column).bold().wrapText(true).verticalAlignment("center").fillColor("FFDDEBF7")
                        .borderStyle("thin").set();
            }
        }

        /** A figure of a kind or a direction (the page shows it under its group's row), "Ma túy – Số đối tượng". */
        private String qualified(String whole, String part) {
            return whole + " – " + part;
        }

        private String date(LocalDate date) {
            return DATE.format(date);
        }

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }

    /** The rows of figures: section, label, this period, previous period, change. */
    private static final class Rows {

        private final Worksheet sheet;
        private final String noPrevious;
        private int row;
        private boolean compared = true;

        Rows(Worksheet sheet, int first, String noPrevious) {
            this.sheet = sheet;
            this.row = first;
            this.noPrevious = noPrevious;
        }

        /**
         * Whether the previous period has records in the table the next rows belong to: without any, its cells stay
         * empty and the change column says so, instead of a "+950" that reads as growth.
         */
        void comparing(boolean withPrevious) {
            this.compared = withPrevious;
        }

        void add(String section, String label, Compared figure) {
            sheet.value(row, 0, section);
            sheet.value(row, 1, label);
            if (!compared) {
                sheet.value(row, 2, figure.current());
                sheet.style(row, 2).format(numberFormat(Math.max(0, figure.current().scale()))).set();
                sheet.value(row, 4, noPrevious);
                row++;
                return;
            }
            List<BigDecimal> values = List.of(figure.current(), figure.previous(), figure.change());
            // One format for the three cells of a row, with as many decimals as the most precise of them (168,55 kg).
            String format = numberFormat(values.stream().mapToInt(value -> Math.max(0, value.scale())).max().orElse(0));
            for (int index = 0; index < values.size(); index++) {
                sheet.value(row, 2 + index, values.get(index));
                sheet.style(row, 2 + index).format(index == 2 ? signed(format) : format).set();
            }
            row++;
        }

        int last() {
            return row - 1;
        }

        private static String numberFormat(int decimals) {
            return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
        }

        /** The change with its sign, as the page writes it (+3, -2, 0). */
        private static String signed(String format) {
            return "+" + format + ";-" + format + ";0";
        }
    }
}
