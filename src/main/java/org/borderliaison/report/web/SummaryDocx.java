package org.borderliaison.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.borderliaison.report.Activity;
import org.borderliaison.report.Compared;
import org.borderliaison.report.Summary;
import org.borderliaison.shared.document.OfficialHeading;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The summary as a Word file for staff to finish the narrative in: the same official header and closing as the PDF
 * (Decree 30/2020/NĐ-CP: A4, margins 20/15/20/30 mm, Times New Roman 13pt), the narrative as editable paragraphs,
 * every figure table that is not all zeros and the breakdowns as Word tables (the charts' figures are those tables).
 */
@Component
class SummaryDocx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String FONT = "Times New Roman";
    /** Twentieths of a point: 1 mm = 56.7. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;

    private final MessageSource messages;

    SummaryDocx(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(Summary summary, OfficialHeading heading, SummaryBreakdowns breakdowns, Locale locale) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            new Writer(document, summary, heading, breakdowns, locale).write();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one summary in one language. */
    private final class Writer {

        private final XWPFDocument document;
        private final Summary summary;
        private final OfficialHeading heading;
        private final SummaryBreakdowns breakdowns;
        private final Locale locale;
        private final SummaryFormat format;
        private final SummarySections sections;

        Writer(XWPFDocument document, Summary summary, OfficialHeading heading, SummaryBreakdowns breakdowns, Locale locale) {
            this.document = document;
            this.summary = summary;
            this.heading = heading;
            this.breakdowns = breakdowns;
            this.locale = locale;
            this.format = new SummaryFormat(locale);
            this.sections = SummarySections.of(summary);
        }

        void write() {
            page();
            properties();
            header();
            scope();
            narrative();
            figures();
            months();
            partners();
            closing();
        }

        private void page() {
            CTSectPr section = document.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_WIDTH));
            size.setH(BigInteger.valueOf(A4_HEIGHT));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(mm(20)));
            margins.setBottom(BigInteger.valueOf(mm(20)));
            margins.setLeft(BigInteger.valueOf(mm(30)));
            margins.setRight(BigInteger.valueOf(mm(15)));
        }

        private void properties() {
            var core = document.getProperties().getCoreProperties();
            core.setTitle(text("report.summary.title") + " – " + summary.agency().name(locale.getLanguage()));
            core.setCreator(heading.issuer());
            core.getUnderlyingProperties().setLanguageProperty(locale.getLanguage());
        }

        /** Agencies, number and mark on the left; motto and date line on the right (Appendix I, items 1–4). */
        private void header() {
            XWPFTable table = borderless(1, 2, 40, 60);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFParagraph agencies = first(left);
            if (heading.superiorUpper() != null) {
                run(agencies, heading.superiorUpper(), 12.5, false, false).addBreak();
            }
            run(agencies, heading.issuerUpper(), 12.5, true, false);
            agencies.setBorderBottom(Borders.NONE);
            run(centred(left.addParagraph()), "――――――", 8, false, false);
            run(centred(left.addParagraph()), text("official.number", heading.numberAndSymbol()), 13, false, false);
            if (heading.confidentiality().marked()) {
                XWPFParagraph mark = centred(left.addParagraph());
                run(mark, heading.confidentiality().mark(), 13, true, false);
                mark.setBorderTop(Borders.SINGLE);
                mark.setBorderBottom(Borders.SINGLE);
                mark.setBorderLeft(Borders.SINGLE);
                mark.setBorderRight(Borders.SINGLE);
            }
            XWPFTableCell right = table.getRow(0).getCell(1);
            XWPFParagraph motto = first(right);
            run(motto, text("official.nation"), 12.5, true, false).addBreak();
            run(motto, text("official.motto"), 13.5, true, false).setUnderline(UnderlinePatterns.SINGLE);
            run(centred(right.addParagraph()), heading.dateLine(locale), 13.5, false, true);

            XWPFParagraph title = centred(document.createParagraph());
            title.setSpacingBefore(mm(6));
            run(title, heading.title(), 14, true, false);
            if (heading.subtitle() != null) {
                run(centred(document.createParagraph()), heading.subtitle(), 13.5, true, false);
            }
        }

        private void scope() {
            XWPFParagraph scope = centred(document.createParagraph());
            run(scope, text("report.period", format.date(summary.period().from()), format.date(summary.period().to())), 13, false, false).addBreak();
            run(scope, text("report.previousPeriod", format.date(summary.previousPeriod().from()), format.date(summary.previousPeriod().to())),
                    12, false, false);
            if (summary.partnerAgency() != null) {
                String nativeName = breakdowns.nativeName(summary.partnerAgency());
                scope.getRuns().get(scope.getRuns().size() - 1).addBreak();
                run(scope, text("report.partner", breakdowns.named(summary.partnerAgency())
                        + (nativeName == null ? "" : " (" + nativeName + ")")), 13, false, false);
            }
            if (summary.partnerCountry() != null) {
                scope.getRuns().get(scope.getRuns().size() - 1).addBreak();
                run(scope, text("report.partner", text("country." + summary.partnerCountry())), 13, false, false);
            }
        }

        /** The narrative, one editable paragraph per sentence group, justified with an indented first line. */
        private void narrative() {
            sectionHeading(text("report.section.narrative"));
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            paragraph.setIndentationFirstLine(mm(10));
            run(paragraph, summary.narrative().in(locale.getLanguage()), 13, false, false);
        }

        private void figures() {
            if (sections.meetings()) {
                List<Row> rows = new ArrayList<>();
                summary.meetings().forEach((kind, figure) -> rows.add(new Row(text("meetingKind." + kind), figure)));
                figureTable("MEETINGS", text("report.section.meetings"), rows);
            }
            if (sections.agreements()) {
                List<Row> rows = new ArrayList<>();
                summary.agreements().forEach((kind, figures) -> {
                    String name = text("agreementKind." + kind);
                    rows.add(new Row(text("report.agreements.signed", name), figures.signed()));
                    rows.add(new Row(text("report.agreements.inForce", name), figures.inForceAtEnd()));
                });
                figureTable("AGREEMENTS", text("report.section.agreements"), rows);
            }
            if (sections.patrols()) {
                List<Row> rows = new ArrayList<>();
                summary.patrols().forEach((kind, figures) -> {
                    rows.add(new Row(text("report.patrols.count", text("patrolKind." + kind)), figures.patrols()));
                    rows.add(new Row(text("report.patrols.ourPersonnel"), figures.ourPersonnel()));
                    rows.add(new Row(text("report.patrols.partnerPersonnel"), figures.partnerPersonnel()));
                });
                figureTable("PATROLS", text("report.section.patrols"), rows);
            }
            if (sections.cases()) {
                List<Row> rows = new ArrayList<>();
                summary.cases().forEach((category, figures) -> {
                    rows.add(new Row(text("report.cases.count", text("caseCategory." + category)), figures.cases()));
                    rows.add(new Row(text("report.cases.subjects"), figures.subjects()));
                    rows.add(new Row(text("report.cases.victims"), figures.victims()));
                    figures.seizures().forEach(seizure -> rows.add(new Row(text("report.cases.seized",
                            text("seizureItem." + seizure.item()), text("seizureUnit." + seizure.unit())), seizure.quantity())));
                });
                rows.add(new Row(text("report.cases.publicOrder"), summary.publicOrderCases()));
                figureTable("CASES", text("report.section.cases"), rows);
            }
            if (sections.handovers()) {
                List<Row> rows = new ArrayList<>();
                summary.handovers().forEach((direction, byCategory) -> {
                    List<Row> group = new ArrayList<>();
                    byCategory.forEach((category, figures) -> group.add(new Row(text("report.handovers.quantity",
                            text("handoverCategory." + category)), figures.quantity())));
                    if (group.stream().anyMatch(row -> !row.figure().empty())) {
                        rows.add(new Row(text("handoverDirection." + direction), null));
                        rows.addAll(group);
                    }
                });
                figureTable("HANDOVERS", text("report.section.handovers"), rows);
            }
        }

        /** A figure table as the PDF prints it: rows zero in both periods left out; without a change column if the previous period has no records. */
        private void figureTable(String name, String title, List<Row> rows) {
            sectionHeading(title);
            boolean compared = sections.compared(name);
            if (!compared) {
                run(document.createParagraph(), text("report.noPrevious"), 11, false, true);
            }
            List<String> head = compared
                    ? List.of(text("report.column.figure"), text("report.column.current"), text("report.column.previous"), text("report.column.change"))
                    : List.of(text("report.column.figure"), text("report.column.current"));
            List<List<String>> body = new ArrayList<>();
            for (Row row : rows) {
                if (row.figure() == null) {
                    body.add(List.of(row.label()));
                } else if (!row.figure().empty()) {
                    body.add(compared ? List.of(row.label(), format.number(row.figure().current()), format.number(row.figure().previous()),
                            format.change(row.figure().change())) : List.of(row.label(), format.number(row.figure().current())));
                }
            }
            grid(head, body);
        }

        private void months() {
            sectionHeading(text("report.breakdown.byMonth"));
            List<List<String>> body = new ArrayList<>();
            for (SummaryBreakdowns.MonthRow row : breakdowns.monthRows()) {
                String label = row.isMonth() ? row.monthLabel()
                        : row.isTotal() ? text("report.breakdown.total") : text("report.breakdown.yearTotal", String.valueOf(row.year()));
                body.add(measures(label, row.activity()));
            }
            grid(measureHead(text("report.breakdown.month")), body);
        }

        private void partners() {
            if (breakdowns.partnerRows().isEmpty()) {
                return;
            }
            sectionHeading(text("report.breakdown.byPartner"));
            List<List<String>> body = new ArrayList<>();
            for (SummaryBreakdowns.PartnerRow row : breakdowns.partnerRows()) {
                body.add(measures(row.name() + (row.nativeName() == null ? "" : " " + row.nativeName()), row.activity()));
            }
            grid(measureHead(text("report.breakdown.partner")), body);
            run(document.createParagraph(), text("report.breakdown.partnerNote"), 11, false, true);
        }

        private List<String> measureHead(String first) {
            List<String> head = new ArrayList<>(List.of(first));
            breakdowns.measures().forEach(measure -> head.add(text("report.measure." + measure)));
            return head;
        }

        private List<String> measures(String label, Activity activity) {
            List<String> cells = new ArrayList<>(List.of(label));
            breakdowns.measures().forEach(measure -> cells.add(format.number(activity.get(measure))));
            return cells;
        }

        /** "Nơi nhận" on the left, the signatory with room for signature and seal on the right (items 7–9). */
        private void closing() {
            document.createParagraph();
            XWPFTable table = borderless(1, 2, 45, 55);
            XWPFTableCell left = table.getRow(0).getCell(0);
            XWPFParagraph label = first(left);
            label.setAlignment(ParagraphAlignment.LEFT);
            run(label, text("official.recipients"), 12, true, true);
            for (String line : heading.recipientLines()) {
                XWPFParagraph recipient = left.addParagraph();
                recipient.setSpacingAfter(0);
                run(recipient, line, 11, false, false);
            }
            XWPFParagraph signatory = first(table.getRow(0).getCell(1));
            OfficialHeading.Signatory who = heading.signatory();
            if (who.authorityUpper() != null) {
                run(signatory, who.authorityUpper(), 13.5, true, false).addBreak();
            }
            if (who.positionUpper() != null) {
                run(signatory, who.positionUpper(), 13.5, true, false);
            }
            XWPFRun space = signatory.createRun();
            for (int i = 0; i < 5; i++) {
                space.addBreak();
            }
            run(signatory, who.name() == null ? "" : who.name(), 13.5, true, false);
        }

        private void sectionHeading(String title) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingBefore(mm(4));
            paragraph.setKeepNext(true);
            run(paragraph, title, 13, true, false);
        }

        /** A bordered Word table: a bold head row, then the rows (a row of one cell is a group heading). */
        private void grid(List<String> head, List<List<String>> body) {
            XWPFTable table = document.createTable(1 + body.size(), head.size());
            table.setWidth("100%");
            for (int c = 0; c < head.size(); c++) {
                cell(table.getRow(0), c, head.get(c), true, c > 0);
            }
            table.getRow(0).setRepeatHeader(true);
            for (int r = 0; r < body.size(); r++) {
                List<String> cells = body.get(r);
                for (int c = 0; c < head.size(); c++) {
                    cell(table.getRow(r + 1), c, c < cells.size() ? cells.get(c) : "", cells.size() == 1, c > 0);
                }
            }
        }

        private void cell(XWPFTableRow row, int column, String value, boolean bold, boolean alignRight) {
            XWPFParagraph paragraph = first(row.getCell(column));
            paragraph.setAlignment(alignRight ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            run(paragraph, value, 11, bold, false);
        }

        private XWPFTable borderless(int rows, int columns, int... percents) {
            XWPFTable table = document.createTable(rows, columns);
            table.setWidth("100%");
            for (int c = 0; c < columns; c++) {
                table.getRow(0).getCell(c).setWidth(percents[c] + "%");
            }
            table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
            return table;
        }

        private XWPFParagraph first(XWPFTableCell cell) {
            return centred(cell.getParagraphs().get(0));
        }

        private XWPFParagraph centred(XWPFParagraph paragraph) {
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingAfter(0);
            return paragraph;
        }

        private XWPFRun run(XWPFParagraph paragraph, String value, double size, boolean bold, boolean italic) {
            XWPFRun run = paragraph.createRun();
            run.setText(value);
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setItalic(italic);
            run.setLang(locale.getLanguage());
            return run;
        }

        private String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        private int mm(double millimetres) {
            return (int) Math.round(millimetres * 1440 / 25.4);
        }
    }

    /** A label and its figure; a null figure is a group heading. */
    private record Row(String label, Compared figure) {
    }
}
