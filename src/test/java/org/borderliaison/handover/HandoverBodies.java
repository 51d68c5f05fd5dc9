package org.borderliaison.handover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds request bodies of the handover API: {@code HandoverBodies.wantedPersons(3).from(14).to(38).named(...)}. */
public final class HandoverBodies {

    private final Map<String, Object> body = new LinkedHashMap<>();

    private HandoverBodies(String direction, String category, int quantity) {
        body.put("direction", direction);
        body.put("category", category);
        body.put("date", LocalDate.now().minusDays(1).toString());
        body.put("quantity", quantity);
    }

    /** Wanted fugitives handed over to the partner. */
    public static HandoverBodies wantedPersons(int quantity) {
        return new HandoverBodies("HANDED_OVER", "WANTED_FUGITIVE", quantity);
    }

    static HandoverBodies property(int items) {
        return new HandoverBodies("HANDED_OVER", "PROPERTY", items);
    }

    public HandoverBodies between(long ours, long partner) {
        body.put("ourAgencyId", ours);
        body.put("partnerAgencyId", partner);
        return this;
    }

    HandoverBodies quantity(int quantity) {
        body.put("quantity", quantity);
        return this;
    }

    HandoverBodies version(long version) {
        body.put("version", version);
        return this;
    }

    HandoverBodies notes(String notes) {
        body.put("notes", notes);
        return this;
    }

    /** The linked case and the legal-basis agreement (null: none). */
    HandoverBodies linkedTo(Long caseId, Long legalBasisAgreementId) {
        body.put("caseId", caseId);
        body.put("legalBasisAgreementId", legalBasisAgreementId);
        return this;
    }

    HandoverBodies on(LocalDate date) {
        body.put("date", date.toString());
        return this;
    }

    /** The time of day, "09:30". */
    HandoverBodies at(String time) {
        body.put("time", time);
        return this;
    }

    HandoverBodies legalBasis(String kind, String reference) {
        body.put("legalBasisKind", kind);
        body.put("legalBasisReference", reference);
        return this;
    }

    /** Signers of our side: each "Rank|Full name|Position". */
    HandoverBodies ourSide(String... people) {
        body.put("ourRepresentatives", representatives(people));
        return this;
    }

    HandoverBodies partnerSide(String... people) {
        body.put("partnerRepresentatives", representatives(people));
        return this;
    }

    HandoverBodies witnesses(String... people) {
        body.put("witnesses", representatives(people));
        return this;
    }

    private static List<Map<String, Object>> representatives(String... people) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String person : people) {
            String[] parts = person.split("\\|", -1);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", parts[0]);
            row.put("fullName", parts[1]);
            row.put("position", parts.length > 2 ? parts[2] : null);
            rows.add(row);
        }
        return rows;
    }

    public HandoverBodies named(String... names) {
        List<Map<String, Object>> persons = new ArrayList<>();
        for (String name : names) {
            persons.add(Map.of("fullName", name, "sex", "MALE", "birthYear", 1985, "nationality", "CN",
                    "wantedNoticeReference", "TN-" + Math.abs(name.hashCode() % 1000)));
        }
        body.put("persons", persons);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(body);
    }
}
