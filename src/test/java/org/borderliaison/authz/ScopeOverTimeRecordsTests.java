package org.borderliaison.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.support.SignedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.domain.AgencyReorganisation;
import org.borderliaison.agreement.AgreementBuilder;
import org.borderliaison.agreement.domain.AgreementFilter;
import org.borderliaison.agreement.domain.AgreementRow;
import org.borderliaison.agreement.domain.AgreementService;
import org.borderliaison.casefile.domain.CaseFile;
import org.borderliaison.casefile.domain.CaseFileService;
import org.borderliaison.casefile.domain.CaseFilter;
import org.borderliaison.handover.HandoverBodies;
import org.borderliaison.handover.domain.Handover;
import org.borderliaison.handover.domain.HandoverFilter;
import org.borderliaison.handover.domain.HandoverService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scope over time for agreements (by the signing day), cases (by the opening day) and handovers (by their date): after
 * a district moves from one province to another, the former province keeps the records of its time only, the new one
 * sees them all, and the "with its sub-units" filters go by the record's date.
 */
class ScopeOverTimeRecordsTests extends IntegrationTest {

    private static final LocalDate MOVE = LocalDate.of(2025, 1, 1);

    @Autowired
    AgencyReorganisation reorganisation;

    @Autowired
    AgreementService agreements;

    @Autowired
    CaseFileService cases;

    @Autowired
    HandoverService handovers;

    @Autowired
    JsonMapper json;

    @Test
    void agreementsCasesAndHandoversStayWithTheProvinceOfTheirDate() throws Exception {
        String code = "SR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long guangxi = fixtures.agency("CN-GX-GAT").id();
        SignedInUser admin = fixtures.account("scope-records-admin", "VN-BCA", Role.ADMIN);
        SignedInUser ministry = fixtures.account("scope-records-ministry", "VN-BCA", Role.VIEWER);
        long first = fixtures.testAgency(fixtures.agency("VN-BCA").id(), code + "-A", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long second = fixtures.testAgency(fixtures.agency("VN-BCA").id(), code + "-B", AgencyKind.PROVINCIAL_POLICE, AgencyLevel.PROVINCIAL);
        long district = fixtures.testAgency(first, code + "-A-H", AgencyKind.DISTRICT_POLICE, AgencyLevel.DISTRICT);

        long agreement2024 = fixtures.asSystemAdmin(() -> agreements.create(AgreementBuilder.aMemorandum().between(district, guangxi)
                .signedOn(LocalDate.of(2024, 4, 2)).command()));
        long agreement2025 = fixtures.asSystemAdmin(() -> agreements.create(AgreementBuilder.aMemorandum().between(district, guangxi)
                .signedOn(LocalDate.of(2025, 4, 2)).command()));
        madeAgreements.addAll(List.of(agreement2024, agreement2025));
        long case2024 = created("/api/v1/cases", admin, caseJson(code + "-1", district, guangxi, "2024-05-03"), madeCases);
        long case2025 = created("/api/v1/cases", admin, caseJson(code + "-2", district, guangxi, "2025-05-03"), madeCases);
        long handover2024 = created("/api/v1/handovers", admin, handoverJson(district, guangxi, "2024-06-04"), madeHandovers);
        long handover2025 = created("/api/v1/handovers", admin, handoverJson(district, guangxi, "2025-06-04"), madeHandovers);

        fixtures.asSystemAdmin(() -> reorganisation.move(district, 0, second, MOVE));
        SignedInUser firstReader = fixtures.account(code.toLowerCase() + "-a", code + "-A", Role.OFFICER, Role.VIEWER);
        SignedInUser secondReader = fixtures.account(code.toLowerCase() + "-b", code + "-B", Role.OFFICER, Role.VIEWER);

        assertThat(agreementIds(firstReader, AgreementFilter.none())).containsExactly(agreement2024);
        assertThat(agreementIds(secondReader, AgreementFilter.none())).containsExactlyInAnyOrder(agreement2024, agreement2025);
        assertThat(caseIds(firstReader, CaseFilter.none())).containsExactly(case2024);
        assertThat(caseIds(secondReader, CaseFilter.none())).containsExactlyInAnyOrder(case2024, case2025);
        assertThat(handoverIds(firstReader)).containsExactly(handover2024);
        assertThat(handoverIds(secondReader)).containsExactlyInAnyOrder(handover2024, handover2025);

        // Details: seen through history, or as missing as an unknown record.
        mvc.perform(get("/api/v1/cases/{id}", case2024).with(user(firstReader))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/{id}", case2025).with(user(firstReader))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/handovers/{id}", handover2024).with(user(firstReader))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/handovers/{id}", handover2025).with(user(firstReader))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agreements/{id}", agreement2024).with(user(firstReader))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agreements/{id}", agreement2025).with(user(firstReader))).andExpect(status().isNotFound());
        // Editing follows seeing: the former province may still correct the case of its time.
        assertThat(as(firstReader, () -> cases.editable(cases.get(case2024)))).isTrue();

        // "With its sub-units" by the record's date, for the lists the summary links to.
        assertThat(agreementIds(ministry, new AgreementFilter(null, null, null, null, null, first, null, null, null)))
                .containsExactly(agreement2024);
        assertThat(agreementIds(ministry, new AgreementFilter(null, null, null, null, null, second, null, null, null)))
                .containsExactly(agreement2025);
        assertThat(caseIds(ministry, new CaseFilter(null, null, null, first, null, null, null, null))).containsExactly(case2024);
        assertThat(caseIds(ministry, new CaseFilter(null, null, null, second, null, null, null, null))).containsExactly(case2025);
    }

    private List<Long> agreementIds(SignedInUser reader, AgreementFilter filter) {
        return as(reader, () -> agreements.search(filter, PageRequest.of(0, 50, Sort.by("id"))).getContent().stream()
                .map(AgreementRow::id).filter(madeAgreements::contains).toList());
    }

    private List<Long> caseIds(SignedInUser reader, CaseFilter filter) {
        return as(reader, () -> cases.search(filter, PageRequest.of(0, 50, Sort.by("id"))).getContent().stream()
                .map(CaseFile::getId).filter(madeCases::contains).toList());
    }

    private List<Long> handoverIds(SignedInUser reader) {
        return as(reader, () -> handovers.search(HandoverFilter.none(), PageRequest.of(0, 50, Sort.by("id"))).getContent().stream()
                .map(Handover::getId).filter(madeHandovers::contains).toList());
    }

    // Only this test's records, per kind (a ministry reader sees the seeded ones too; ids repeat across tables).
    private final java.util.Set<Long> madeAgreements = new java.util.HashSet<>();
    private final java.util.Set<Long> madeCases = new java.util.HashSet<>();
    private final java.util.Set<Long> madeHandovers = new java.util.HashSet<>();

    private long created(String path, SignedInUser who, String body, java.util.Set<Long> made) throws Exception {
        String response = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(user(who)).with(csrf()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(response).get("id").asLong();
        made.add(id);
        return id;
    }

    private static String caseJson(String reference, long lead, long partner, String opened) {
        return """
                {"category":"DRUGS","ourReference":"%s","partnerReference":"GX-T-1","openedOn":"%s","status":"INFORMATION_EXCHANGED",
                 "leadAgencyId":%d,"partners":[{"agencyId":%d}],"subjects":3,"victims":0,"summary":"Vụ thử nghiệm","seizures":[]}"""
                .formatted(reference, opened, lead, partner);
    }

    private String handoverJson(long ours, long partner, String date) {
        Map<String, Object> body = HandoverBodies.wantedPersons(1).between(ours, partner).named("Nguyễn Văn Thử " + date).build();
        body.put("date", date);
        return json.writeValueAsString(body);
    }

}
