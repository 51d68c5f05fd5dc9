package org.borderliaison.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.borderliaison.agreement.domain.AgreementCommand;
import org.borderliaison.shared.CooperationField;

/**
 * Test agreements: {@code AgreementBuilder.aMemorandum().between(laoCai, hekou).validTo(...)}, as a service
 * command or as the API's JSON. Titles are unique per test run so tests never see each other's data.
 */
public final class AgreementBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String title;
    private AgreementKind kind;
    private AgreementStatus status = AgreementStatus.IN_FORCE;
    private String reference;
    private LocalDate signedOn = LocalDate.of(2024, 3, 15);
    private LocalDate validFrom;
    private LocalDate validTo;
    private List<Long> parties = new ArrayList<>();
    private final List<AgreementSignatory> signatories = new ArrayList<>();
    private Set<CooperationField> fields = EnumSet.of(CooperationField.DRUG_CRIME);
    private Long replacesId;
    private String summary;

    private AgreementBuilder(AgreementKind kind, String title) {
        this.kind = kind;
        this.title = title + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    public static AgreementBuilder aMemorandum() {
        return new AgreementBuilder(AgreementKind.MEMORANDUM_OF_UNDERSTANDING, "Biên bản ghi nhớ hợp tác thử nghiệm");
    }

    static AgreementBuilder aYearlyPlan() {
        return new AgreementBuilder(AgreementKind.YEARLY_COOPERATION_PLAN, "Kế hoạch hợp tác thử nghiệm");
    }

    AgreementBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public AgreementBuilder between(long... agencyIds) {
        this.parties = java.util.Arrays.stream(agencyIds).boxed().collect(Collectors.toCollection(ArrayList::new));
        return this;
    }

    AgreementBuilder signedBy(String name, String rank, String title, long agencyId) {
        signatories.add(new AgreementSignatory(name, rank, title, agencyId));
        return this;
    }

    AgreementBuilder draft() {
        this.status = AgreementStatus.DRAFT;
        return this;
    }

    public AgreementBuilder signedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
        return this;
    }

    public AgreementBuilder validFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
        return this;
    }

    public AgreementBuilder validTo(LocalDate validTo) {
        this.validTo = validTo;
        return this;
    }

    AgreementBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    AgreementBuilder fields(CooperationField... fields) {
        this.fields = EnumSet.copyOf(List.of(fields));
        return this;
    }

    AgreementBuilder replacing(Long agreementId) {
        this.replacesId = agreementId;
        return this;
    }

    AgreementBuilder summary(String summary) {
        this.summary = summary;
        return this;
    }

    String title() {
        return title;
    }

    public AgreementCommand command() {
        return new AgreementCommand(title, null, kind, reference, status, signedOn, null, validFrom, validTo, parties, signatories,
                fields, replacesId, summary);
    }

    /** The API's request body, with {@code version} when it is an update. */
    public String json(Long version) {
        StringBuilder body = new StringBuilder("{");
        if (version != null) {
            body.append("\"version\":").append(version).append(',');
        }
        body.append("\"titleVi\":").append(quote(title))
                .append(",\"kind\":").append(quote(kind.name()))
                .append(",\"status\":").append(quote(status.name()))
                .append(",\"referenceNumber\":").append(quote(reference))
                .append(",\"signedOn\":").append(quote(signedOn == null ? null : signedOn.toString()))
                .append(",\"validFrom\":").append(quote(validFrom == null ? null : validFrom.toString()))
                .append(",\"validTo\":").append(quote(validTo == null ? null : validTo.toString()))
                .append(",\"parties\":[").append(parties.stream().map(id -> "{\"agencyId\":" + id + "}").collect(Collectors.joining(",")))
                .append("],\"signatories\":[").append(signatories.stream().map(s -> "{\"name\":" + quote(s.name()) + ",\"rank\":"
                        + quote(s.rank()) + ",\"title\":" + quote(s.title()) + ",\"agencyId\":" + s.agencyId() + "}").collect(Collectors.joining(",")))
                .append("],\"fields\":[").append(fields.stream().map(f -> quote(f.name())).collect(Collectors.joining(",")))
                .append("],\"replacesId\":").append(replacesId)
                .append(",\"summary\":").append(quote(summary))
                .append('}');
        return body.toString();
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
