package org.borderliaison.handover.domain;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.Sex;
import org.borderliaison.shared.SearchText;

/**
 * Reads a list of persons from CSV: UTF-8 (a byte-order mark is allowed), a header row naming the columns in
 * English or Vietnamese, in any order, fields separated by commas (or semicolons, as some spreadsheets write
 * them), RFC 4180 quotes. Each line is checked on its own so the report names every refused line.
 */
final class PersonListCsv {

    static final int MAX_LINES = 1000;

    /** Header names (folded: lower case, no accents) and the column each stands for. */
    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("full_name", "fullName"), Map.entry("name", "fullName"), Map.entry("ho ten", "fullName"),
            Map.entry("ho va ten", "fullName"),
            Map.entry("sex", "sex"), Map.entry("gioi tinh", "sex"),
            Map.entry("birth_year", "birthYear"), Map.entry("year_of_birth", "birthYear"), Map.entry("nam sinh", "birthYear"),
            Map.entry("nationality", "nationality"), Map.entry("quoc tich", "nationality"),
            Map.entry("identity_document", "identityDocument"), Map.entry("giay to tuy than", "identityDocument"),
            Map.entry("wanted_notice_reference", "wantedNoticeReference"), Map.entry("wanted_notice", "wantedNoticeReference"),
            Map.entry("so lenh truy na", "wantedNoticeReference"), Map.entry("lenh truy na", "wantedNoticeReference"));

    private static final Map<String, Sex> SEXES = Map.of("m", Sex.MALE, "male", Sex.MALE, "nam", Sex.MALE, "男", Sex.MALE,
            "f", Sex.FEMALE, "female", Sex.FEMALE, "nu", Sex.FEMALE, "女", Sex.FEMALE);

    private PersonListCsv() {
    }

    static PersonListImport read(byte[] bytes, int thisYear) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return PersonListImport.refused(new PersonListImport.LineError(0, null, "handover.csv.notUtf8"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = rows(text);
        if (rows.isEmpty()) {
            return PersonListImport.refused(new PersonListImport.LineError(0, null, "handover.csv.empty"));
        }
        Row header = rows.get(0);
        List<String> columns = new ArrayList<>();
        List<PersonListImport.LineError> errors = new ArrayList<>();
        for (String name : header.fields()) {
            String column = HEADERS.get(SearchText.fold(name));
            if (column == null && !name.isBlank()) {
                errors.add(new PersonListImport.LineError(header.line(), name, "handover.csv.unknownColumn", name));
            }
            columns.add(column);
        }
        if (!columns.contains("fullName")) {
            errors.add(new PersonListImport.LineError(header.line(), null, "handover.csv.noNameColumn"));
        }
        if (!errors.isEmpty()) {
            return new PersonListImport(List.of(), errors);
        }
        List<Row> data = rows.subList(1, rows.size()).stream().filter(row -> !row.blank()).toList();
        if (data.isEmpty()) {
            return PersonListImport.refused(new PersonListImport.LineError(0, null, "handover.csv.noPersons"));
        }
        if (data.size() > MAX_LINES) {
            return PersonListImport.refused(new PersonListImport.LineError(0, null, "handover.csv.tooManyLines", MAX_LINES));
        }
        List<PersonDetails> persons = new ArrayList<>();
        for (Row row : data) {
            int before = errors.size();
            if (row.fields().size() > columns.size()) {
                errors.add(new PersonListImport.LineError(row.line(), null, "handover.csv.tooManyFields", columns.size()));
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < row.fields().size(); i++) {
                values.put(columns.get(i), row.fields().get(i).strip());
            }
            String name = values.getOrDefault("fullName", "");
            if (name.isEmpty()) {
                errors.add(new PersonListImport.LineError(row.line(), "fullName", "handover.csv.nameMissing"));
            } else if (name.length() > 200) {
                errors.add(new PersonListImport.LineError(row.line(), "fullName", "handover.csv.tooLong", 200));
            }
            Sex sex = null;
            String sexText = values.getOrDefault("sex", "");
            if (!sexText.isEmpty()) {
                sex = SEXES.get(SearchText.fold(sexText));
                if (sex == null) {
                    errors.add(new PersonListImport.LineError(row.line(), "sex", "handover.csv.badSex", sexText));
                }
            }
            Integer birthYear = null;
            String yearText = values.getOrDefault("birthYear", "");
            if (!yearText.isEmpty()) {
                try {
                    birthYear = Integer.valueOf(yearText);
                } catch (NumberFormatException e) {
                    birthYear = -1;
                }
                if (birthYear < HandoverService.FIRST_BIRTH_YEAR || birthYear > thisYear) {
                    errors.add(new PersonListImport.LineError(row.line(), "birthYear", "handover.csv.badBirthYear", yearText,
                            HandoverService.FIRST_BIRTH_YEAR, thisYear));
                }
            }
            Country nationality = null;
            String nationalityText = values.getOrDefault("nationality", "");
            if (!nationalityText.isEmpty()) {
                try {
                    nationality = Country.valueOf(nationalityText.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    errors.add(new PersonListImport.LineError(row.line(), "nationality", "handover.csv.badNationality", nationalityText));
                }
            }
            for (String column : List.of("identityDocument", "wantedNoticeReference")) {
                if (values.getOrDefault(column, "").length() > 100) {
                    errors.add(new PersonListImport.LineError(row.line(), column, "handover.csv.tooLong", 100));
                }
            }
            if (errors.size() == before) {
                persons.add(new PersonDetails(name, sex, birthYear, nationality, values.get("identityDocument"),
                        values.get("wantedNoticeReference")));
            }
        }
        return errors.isEmpty() ? new PersonListImport(persons, List.of()) : new PersonListImport(List.of(), errors);
    }

    /** One record of the file and the line it starts on (a quoted field may span lines). */
    record Row(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    static List<Row> rows(String text) {
        int firstBreak = text.indexOf('\n');
        String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
