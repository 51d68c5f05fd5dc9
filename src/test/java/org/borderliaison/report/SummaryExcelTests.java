package org.borderliaison.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.Fixtures;
import org.borderliaison.support.IntegrationTest;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Excel download holds exactly the figures of the API's JSON for the same parameters (Lạng Sơn with Guangxi,
 * 2018 – 23/3/2022): every figure with its previous value and change, every month and every partner, as numeric
 * cells, labelled in the reader's language; a refusal is a 4xx with problem details.
 */
class SummaryExcelTests extends IntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    JsonMapper jsonMapper;

    @Autowired
    MessageSource messages;

    @Test
    void theWorkbookHoldsEveryFigureOfTheJson() throws Exception {
        SignedInUser reporter = fixtures.account("xlsx-reporter-ls", "VN-LS-CA", Role.REPORTER);
        JsonNode json = summaryJson();

        byte[] bytes = mvc.perform(langSonWithGuangxi("/reports/summary.xlsx").param("number", "12").param("confidentiality", "SECRET")
                        .with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bao-cao-tong-hop-VN-LS-CA-2018-01-01-2022-03-23.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();
        // Kept for a look in a spreadsheet program.
        Files.createDirectories(Path.of("target", "xlsx"));
        Files.write(Path.of("target", "xlsx", "bao-cao-tong-hop-VN-LS-CA-2018-01-01-2022-03-23.xlsx"), bytes);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Số liệu", "Theo tháng", "Theo đối tác");
            List<Row> rows = workbook.getSheet(0).orElseThrow().read();

            // The official header as the PDF prints it: agencies and number, motto and date line, the mark, the title.
            assertThat(rows.subList(0, 4)).extracting(row -> row.getCellText(0))
                    .containsExactly("BỘ CÔNG AN", "CÔNG AN TỈNH LẠNG SƠN", "Số: 12/BC-CAT", "TỐI MẬT");
            assertThat(rows.subList(0, 3)).extracting(row -> row.getCellText(2))
                    .containsExactly("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày "
                            + rows.get(2).getCellText(2).substring("Lạng Sơn, ngày ".length()));
            assertThat(rows.get(2).getCellText(2)).matches("Lạng Sơn, ngày \\d\\d tháng \\d+ năm \\d{4}");
            int first = indexOf(rows, "Báo cáo tổng hợp kết quả hợp tác quốc tế");
            assertThat(rows.get(first - 1).getCellText(0)).isEqualTo("BÁO CÁO");
            // The title block: agency, period, previous period, partner, print date; then the narrative.
            List<String> title = rows.stream().skip(first).limit(6).map(row -> row.getCellText(0)).toList();
            assertThat(title).containsExactly("Báo cáo tổng hợp kết quả hợp tác quốc tế",
                    "Đơn vị báo cáo: " + json.at("/agency/nameVi").asString() + " (VN-LS-CA)",
                    "Kỳ báo cáo: từ 01/01/2018 đến 23/03/2022",
                    "So sánh với kỳ trước: từ 11/10/2013 đến 31/12/2017",
                    "Phía bạn: " + json.at("/partnerAgency/nameVi").asString() + " (CN-GX-GAT)",
                    title.get(5));
            assertThat(title.get(5)).startsWith("Ngày in: ");
            assertThat(rows.get(first + 6).getCellText(0)).isEqualTo("Tóm tắt kết quả");
            assertThat(rows.get(first + 7).getCellText(0)).isEqualTo(json.at("/narrative/vi").asString())
                    .startsWith("Đã tổ chức 03 đoàn công tác xuất cảnh");

            Map<String, List<String>> sheet = figureRows(rows, "Nhóm nội dung");
            Map<String, List<String>> expected = expectedFigures(json, VIETNAMESE);
            assertThat(expected).hasSizeGreaterThan(80);
            assertThat(sheet).isEqualTo(expected);

            // Spot checks against the demo figures, labels as the page writes them.
            assertThat(sheet.get("Hội đàm, hội nghị, đoàn công tác và liên lạc|Đoàn ra").get(0)).isEqualTo("3");
            assertThat(sheet.get("Hội đàm, hội nghị, đoàn công tác và liên lạc|Liên lạc qua đường dây nóng").get(0)).isEqualTo("1000");
            assertThat(sheet.get("Phối hợp đấu tranh, xử lý vụ việc|Xuất, nhập cảnh trái phép – Số đối tượng").get(0)).isEqualTo("1056");
            assertThat(sheet.get("Trao trả, tiếp nhận – Tiếp nhận từ phía bạn|Công dân không được nước ngoài cho cư trú: số người, số lượng")
                    .get(0)).isEqualTo("12962");
            Cell heroin = rows.stream().filter(row -> "Ma túy – Thu giữ Heroin (kg)".equals(row.getCellText(1)))
                    .findFirst().orElseThrow().getCell(2);
            assertThat(heroin.getType()).isEqualTo(CellType.NUMBER);
            assertThat(heroin.getRawValue()).isEqualTo("168.55");
            assertThat(heroin.asNumber()).isEqualByComparingTo("168.55");

            assertThat(monthRows(workbook.getSheet(1).orElseThrow())).isEqualTo(expectedMonths(json)).hasSize(51);
            assertThat(partnerRows(workbook.getSheet(2).orElseThrow())).isEqualTo(expectedPartners(json, VIETNAMESE)).isNotEmpty();
        }
    }

    @Test
    void inEnglishTheLabelsAndSheetsAreEnglish() throws Exception {
        SignedInUser reporter = fixtures.account("xlsx-reporter-ls", "VN-LS-CA", Role.REPORTER);
        JsonNode json = summaryJson();
        byte[] bytes = mvc.perform(langSonWithGuangxi("/reports/summary.xlsx").param("lang", "en").with(user(reporter)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getSheets().map(Sheet::getName)).containsExactly("Figures", "By month", "By partner");
            List<Row> rows = workbook.getSheet(0).orElseThrow().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("MINISTRY OF PUBLIC SECURITY");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("SOCIALIST REPUBLIC OF VIETNAM");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("Independence - Freedom - Happiness");
            int first = indexOf(rows, "Cooperation summary");
            assertThat(rows.get(first - 1).getCellText(0)).isEqualTo("REPORT");
            assertThat(rows.get(first + 2).getCellText(0)).isEqualTo("Period: 01/01/2018 to 23/03/2022");
            assertThat(rows.get(first + 7).getCellText(0)).startsWith("Held 3 outgoing delegations");
            Map<String, List<String>> sheet = figureRows(rows, "Section");
            assertThat(sheet).isEqualTo(expectedFigures(json, Locale.ENGLISH));
            assertThat(sheet.get("Talks, conferences, delegations and contacts|Outgoing delegation").get(0)).isEqualTo("3");
            assertThat(sheet).containsKey("Cases worked together|Drugs – Seized: Heroin (kg)");
            Row header = rows.stream().filter(row -> "Section".equals(row.getCellText(0))).findFirst().orElseThrow();
            assertThat(header.getCellText(2)).isEqualTo("This period");

            List<Row> partners = workbook.getSheet(2).orElseThrow().read();
            assertThat(partners.get(0).getCellText(0)).isEqualTo("Partner agency");
            assertThat(partners.get(0).getCellText(2)).isEqualTo("Meetings and contacts");
            assertThat(partnerRows(workbook.getSheet(2).orElseThrow())).isEqualTo(expectedPartners(json, Locale.ENGLISH));
        }
    }

    @Test
    void anAgencyOutsideTheScopeOrABadPeriodIsRefusedWithProblemDetails() throws Exception {
        SignedInUser laoCai = fixtures.account("xlsx-reporter-lc", "VN-LC-CA", Role.REPORTER);
        mvc.perform(langSonWithGuangxi("/reports/summary.xlsx").with(user(laoCai)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.fieldErrors[0].field").value("agencyId"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("không thuộc phạm vi")));
        // A browser asking for the workbook itself still gets the refusal, not a 406 or a 500.
        mvc.perform(langSonWithGuangxi("/reports/summary.xlsx").accept(XLSX).with(user(laoCai)))
                .andExpect(status().isUnprocessableContent());

        SignedInUser reporter = fixtures.account("xlsx-reporter-ls", "VN-LS-CA", Role.REPORTER);
        String langSon = String.valueOf(fixtures.agency("VN-LS-CA").id());
        mvc.perform(get("/reports/summary.xlsx").param("agencyId", langSon).param("from", "2022-03-23").param("to", "2018-01-01")
                        .with(user(reporter)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("to"));
        mvc.perform(get("/reports/summary.xlsx").param("agencyId", langSon).param("from", "2022-13-01").with(user(reporter)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("from"));
        mvc.perform(get("/reports/summary.xlsx").with(user(reporter))).andExpect(status().isBadRequest());
        // Nobody signed in: no workbook.
        mvc.perform(get("/reports/summary.xlsx").param("agencyId", langSon))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
    }

    @Test
    void theOpenApiDocumentListsTheDownload() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/reports/summary.xlsx'].get.parameters[*].name",
                        org.hamcrest.Matchers.hasItems("agencyId", "from", "to", "partnerAgencyId", "partnerCountry")))
                .andExpect(jsonPath("$.paths['/reports/summary.xlsx'].get.parameters[*].name",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("locale"))))
                .andExpect(jsonPath("$.paths['/reports/summary.xlsx'].get.responses['200'].content['" + XLSX + "']").exists());
    }

    private JsonNode summaryJson() throws Exception {
        fixtures.account("xlsx-reporter-ls", "VN-LS-CA", Role.REPORTER);
        String body = mvc.perform(langSonWithGuangxi("/api/v1/reports/summary").with(httpBasic("xlsx-reporter-ls", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // Decimals exactly as written (168.55), not through a double.
        return jsonMapper.rebuild().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(body);
    }

    private MockHttpServletRequestBuilder langSonWithGuangxi(String path) {
        return get(path).param("agencyId", String.valueOf(fixtures.agency("VN-LS-CA").id()))
                .param("from", "2018-01-01").param("to", "2022-03-23")
                .param("partnerAgencyId", String.valueOf(fixtures.agency("CN-GX-GAT").id()));
    }

    private static int indexOf(List<Row> rows, String firstCell) {
        for (int i = 0; i < rows.size(); i++) {
            if (firstCell.equals(rows.get(i).getCellText(0))) {
                return i;
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }

    /** The figure rows below the header: "section|label" → current, previous, change; each a numeric cell. */
    private static Map<String, List<String>> figureRows(List<Row> rows, String sectionHeader) {
        int header = rows.stream().filter(row -> sectionHeader.equals(row.getCellText(0))).findFirst().orElseThrow().getRowNum();
        Map<String, List<String>> figures = new HashMap<>();
        int count = 0;
        for (Row row : rows) {
            if (row.getRowNum() <= header) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (int column = 2; column <= 4; column++) {
                Cell cell = row.getCell(column);
                if (column > 2 && (cell == null || cell.getType() != CellType.NUMBER)) {
                    // A table the previous period has no records in: no previous value, and the change column says why.
                    values.add(cell == null ? "" : cell.getText());
                    continue;
                }
                assertThat(cell.getType()).as("row %d column %d", row.getRowNum(), column).isEqualTo(CellType.NUMBER);
                values.add(plain(cell.asNumber()));
            }
            figures.put(row.getCellText(0) + "|" + row.getCellText(1), values);
            count++;
        }
        assertThat(figures).as("labels are unique").hasSize(count);
        return figures;
    }

    /** What sheet 1 must hold, computed from the JSON and the page's messages. */
    private Map<String, List<String>> expectedFigures(JsonNode json, Locale locale) {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        String meetings = text(locale, "report.section.meetings");
        json.get("meetings").properties().forEach(kind ->
                expected.put(meetings + "|" + text(locale, "meetingKind." + kind.getKey()), compared(kind.getValue())));

        String agreements = text(locale, "report.section.agreements");
        json.get("agreements").properties().forEach(kind -> {
            String name = text(locale, "agreementKind." + kind.getKey());
            expected.put(agreements + "|" + text(locale, "report.agreements.signed", name), compared(kind.getValue().get("signed")));
            expected.put(agreements + "|" + text(locale, "report.agreements.inForce", name), compared(kind.getValue().get("inForceAtEnd")));
        });

        String patrols = text(locale, "report.section.patrols");
        json.get("patrols").properties().forEach(kind -> {
            String name = text(locale, "patrolKind." + kind.getKey());
            expected.put(patrols + "|" + text(locale, "report.patrols.count", name), compared(kind.getValue().get("patrols")));
            expected.put(patrols + "|" + name + " – " + text(locale, "report.patrols.ourPersonnel"),
                    compared(kind.getValue().get("ourPersonnel")));
            expected.put(patrols + "|" + name + " – " + text(locale, "report.patrols.partnerPersonnel"),
                    compared(kind.getValue().get("partnerPersonnel")));
        });

        String cases = text(locale, "report.section.cases");
        json.get("cases").properties().forEach(category -> {
            String name = text(locale, "caseCategory." + category.getKey());
            JsonNode figures = category.getValue();
            expected.put(cases + "|" + text(locale, "report.cases.count", name), compared(figures.get("cases")));
            expected.put(cases + "|" + name + " – " + text(locale, "report.cases.subjects"), compared(figures.get("subjects")));
            expected.put(cases + "|" + name + " – " + text(locale, "report.cases.victims"), compared(figures.get("victims")));
            for (JsonNode seizure : figures.get("seizures")) {
                String label = text(locale, "report.cases.seized", text(locale, "seizureItem." + seizure.get("item").asString()),
                        text(locale, "seizureUnit." + seizure.get("unit").asString()));
                expected.put(cases + "|" + name + " – " + label, compared(seizure.get("quantity")));
            }
        });
        expected.put(cases + "|" + text(locale, "report.cases.publicOrder"), compared(json.get("publicOrderCases")));

        json.get("handovers").properties().forEach(direction -> {
            String section = text(locale, "report.section.handovers") + " – " + text(locale, "handoverDirection." + direction.getKey());
            direction.getValue().properties().forEach(category -> {
                String name = text(locale, "handoverCategory." + category.getKey());
                expected.put(section + "|" + text(locale, "report.handovers.quantity", name), compared(category.getValue().get("quantity")));
                expected.put(section + "|" + name + " – " + text(locale, "report.handovers.records"),
                        compared(category.getValue().get("records")));
            });
        });
        return withoutPreviousWhereItHasNone(expected, locale);
    }

    /**
     * A table whose previous period has no records at all shows no previous value and no change but the words
     * "Kỳ trước chưa có số liệu.": a change of "+950" against nothing would read as growth.
     */
    private Map<String, List<String>> withoutPreviousWhereItHasNone(Map<String, List<String>> expected, Locale locale) {
        String handovers = text(locale, "report.section.handovers");
        Map<String, Boolean> tableHasPrevious = new HashMap<>();
        Function<String, String> tableOf = key -> {
            String section = key.substring(0, key.indexOf('|'));
            return section.startsWith(handovers) ? handovers : section;
        };
        expected.forEach((key, values) -> tableHasPrevious.merge(tableOf.apply(key), !"0".equals(values.get(1)), Boolean::logicalOr));
        String noPrevious = text(locale, "report.noPrevious");
        Map<String, List<String>> shown = new LinkedHashMap<>();
        expected.forEach((key, values) -> shown.put(key, tableHasPrevious.get(tableOf.apply(key)) ? values
                : List.of(values.get(0), "", noPrevious)));
        return shown;
    }

    private static List<String> compared(JsonNode figure) {
        return List.of(plain(figure.get("current").decimalValue()), plain(figure.get("previous").decimalValue()),
                plain(figure.get("change").decimalValue()));
    }

    private static List<List<String>> monthRows(Sheet sheet) throws Exception {
        List<List<String>> months = new ArrayList<>();
        for (Row row : sheet.read()) {
            if (row.getRowNum() == 1) {
                continue; // the header
            }
            List<String> values = new ArrayList<>();
            Cell month = row.getCell(0);
            assertThat(month.getType()).isEqualTo(CellType.NUMBER); // a real date
            values.add(YearMonth.from(month.asDate()).toString());
            values.addAll(measures(row, 1));
            months.add(values);
        }
        return months;
    }

    private static List<List<String>> expectedMonths(JsonNode json) {
        List<List<String>> months = new ArrayList<>();
        for (JsonNode month : json.get("byMonth")) {
            List<String> values = new ArrayList<>();
            values.add(YearMonth.parse(month.get("month").asString()).toString());
            values.addAll(activity(month.get("activity")));
            months.add(values);
        }
        return months;
    }

    private static List<List<String>> partnerRows(Sheet sheet) throws Exception {
        List<List<String>> partners = new ArrayList<>();
        for (Row row : sheet.read()) {
            if (row.getRowNum() == 1) {
                continue;
            }
            List<String> values = new ArrayList<>(List.of(row.getCellText(0), row.getCellText(1)));
            values.addAll(measures(row, 2));
            partners.add(values);
        }
        return partners;
    }

    private static List<List<String>> expectedPartners(JsonNode json, Locale locale) {
        List<List<String>> partners = new ArrayList<>();
        for (JsonNode partner : json.get("byPartner")) {
            JsonNode agency = partner.get("partner");
            String name = "en".equals(locale.getLanguage()) && !agency.path("nameEn").asString("").isBlank()
                    ? agency.get("nameEn").asString() : agency.get("nameVi").asString();
            List<String> values = new ArrayList<>(List.of(name, agency.get("code").asString()));
            values.addAll(activity(partner.get("activity")));
            partners.add(values);
        }
        return partners;
    }

    private static List<String> measures(Row row, int first) {
        List<String> values = new ArrayList<>();
        for (int column = first; column < first + 4; column++) {
            assertThat(row.getCell(column).getType()).isEqualTo(CellType.NUMBER);
            values.add(plain(row.getCell(column).asNumber()));
        }
        return values;
    }

    private static List<String> activity(JsonNode activity) {
        return List.of("meetings", "patrols", "cases", "persons").stream()
                .map(measure -> plain(activity.get(measure).decimalValue())).toList();
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
