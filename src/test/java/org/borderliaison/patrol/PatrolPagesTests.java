package org.borderliaison.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderliaison.patrol.PatrolBuilder.BAN_LAU_POST;
import static org.borderliaison.patrol.PatrolBuilder.CKQT_POST;
import static org.borderliaison.patrol.PatrolBuilder.aJointPatrol;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.borderliaison.patrol.domain.PatrolService;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.AddAnotherCheck;
import org.borderliaison.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Patrol pages: list and filters, the officers' form with inline errors, detail with history, and who may do what. */
class PatrolPagesTests extends IntegrationTest {

    @Autowired
    PatrolService service;

    SignedInUser officer;
    SignedInUser reporter;

    @BeforeEach
    void accounts() {
        officer = fixtures.account("patrol-page-ckqt", "VN-LC-BDBP-CKQT", Role.OFFICER);
        reporter = fixtures.account("patrol-page-reporter", "VN-LC-BDBP", Role.REPORTER);
    }

    @Test
    void theListShowsTheScopesPatrolsFilteredAndPaged() throws Exception {
        mvc.perform(get("/patrols").param("kind", "JOINT").param("from", "01/01/2024").param("to", "31/12/2024")
                        .param("ourAgencyId", String.valueOf(BAN_LAU_POST)).with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đồn Biên phòng Bản Lầu (VN-LC-BDBP-BL)"))) // the picker shows the filter again
                .andExpect(content().string(containsString("Tuần tra liên hợp thực thi pháp luật")))
                .andExpect(content().string(not(containsString("Đồn Biên phòng Cửa khẩu quốc tế Lào Cai</td>"))));
        mvc.perform(get("/patrols").param("from", "01/01/2024").param("to", "31/12/2024").param("sort", "dateAsc").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trang 1/3 · 52 kết quả")))
                .andExpect(content().string(not(containsString("id=\"new-patrol\""))));
        mvc.perform(get("/patrols").param("from", "31/02/2024").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("filter", "from"));
        mvc.perform(get("/patrols").with(user(fixtures.account("patrol-page-ls", "VN-LS-CA", Role.OFFICER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không có kết quả")));
    }

    @Test
    void aRefusedFormComesBackWithTheReasonsAndWhatWasTyped() throws Exception {
        mvc.perform(aJointPatrol().personnel(0, 7).segment("100(2)", "mốc 106").findings("Ghi chép dở dang (PAGE-1)")
                        .form(post("/patrols/new")).with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "ourPersonnel", "segmentTo"))
                .andExpect(content().string(containsString("Quân số phải ít nhất là 1.")))
                .andExpect(content().string(containsString("dở dang (PAGE-1)</textarea>")))
                .andExpect(content().string(containsString("Chi đội Quản lý biên giới Hồng Hà (CN-HH-BGZD)")));
        mvc.perform(aJointPatrol().by(BAN_LAU_POST).form(post("/patrols/new")).with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "ourAgencyId"))
                .andExpect(content().string(containsString("không thuộc phạm vi quản lý")));
    }

    @Test
    void anOfficerLogsAPatrolAndSeesItsDetailWithHistory() throws Exception {
        mvc.perform(get("/patrols/new").with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đồn Biên phòng Cửa khẩu quốc tế Lào Cai (VN-LC-BDBP-CKQT)")));
        String location = mvc.perform(aJointPatrol().by(CKQT_POST).segment("103", "105").findings("Kiểm tra bến Cốc Lếu (PAGE-2)")
                        .form(post("/patrols/new")).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/patrols/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("103 – 105")))
                .andExpect(content().string(containsString("Kiểm tra bến Cốc Lếu (PAGE-2)")))
                .andExpect(content().string(containsString("Tạo mới")))
                .andExpect(content().string(not(containsString("id=\"edit-patrol\""))));
        mvc.perform(get(location + "/edit").with(user(reporter))).andExpect(status().isForbidden());
        mvc.perform(get("/patrols/new").with(user(reporter))).andExpect(status().isForbidden());
    }

    @Test
    void saveAndAddAnotherLogsThePatrolAndOpensANewFormForTheSamePost() throws Exception {
        AddAnotherCheck.Saved saved = AddAnotherCheck.saveAndAddAnother(mvc, aJointPatrol().by(CKQT_POST).segment("103", "105")
                .findings("Nhập liên tiếp (PAGE-ANOTHER)").form(post("/patrols/new")).with(csrf()), "/patrols", officer);
        assertThat(fixtures.asSystemAdmin(() -> service.get(saved.id()).getFindings())).isEqualTo("Nhập liên tiếp (PAGE-ANOTHER)");
        assertThat(saved.newForm()).contains("Đồn Biên phòng Cửa khẩu quốc tế Lào Cai (VN-LC-BDBP-CKQT)")
                .doesNotContain("Nhập liên tiếp (PAGE-ANOTHER)");
        AddAnotherCheck.notOnTheEditForm(mvc, "/patrols/" + saved.id() + "/edit", officer);
    }

    @Test
    void copyAsANewRecordOpensTheCreateFormFilledFromThePatrol() throws Exception {
        String location = mvc.perform(aJointPatrol().by(CKQT_POST).segment("103", "105").findings("Mẫu để sao chép (PAGE-COPY)")
                        .form(post("/patrols/new")).with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get(location).with(user(officer)))
                .andExpect(content().string(containsString("href=\"/patrols/new?copyOf=" + id + "\"")));
        mvc.perform(get("/patrols/new").param("copyOf", String.valueOf(id)).with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(model().attribute("patrolId", nullValue()))
                .andExpect(model().attribute("form", hasProperty("version", nullValue())))
                .andExpect(content().string(containsString("(PAGE-COPY)</textarea>")))
                .andExpect(content().string(containsString("action=\"/patrols/new\"")));
        mvc.perform(get("/patrols/new").param("copyOf", String.valueOf(id))
                        .with(user(fixtures.account("patrol-page-ls", "VN-LS-CA", Role.OFFICER))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditKeepsTheFormAndSaysSomeoneElseChangedIt() throws Exception {
        long id = fixtures.asSystemAdmin(() -> service.create(aJointPatrol().findings("PAGE-3").details()).getId());
        fixtures.asSystemAdmin(() -> service.update(id, 0L, aJointPatrol().personnel(30, 30).findings("PAGE-3").details()));
        mvc.perform(aJointPatrol().personnel(5, 5).form(post("/patrols/{id}/edit", id)).param("version", "0")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được người khác sửa")));
        assertThat(fixtures.asSystemAdmin(() -> service.get(id).getOurPersonnel())).isEqualTo(30);
        mvc.perform(aJointPatrol().personnel(31, 30).findings("PAGE-3 sửa").form(post("/patrols/{id}/edit", id)).param("version", "1")
                        .with(user(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.asSystemAdmin(() -> service.get(id).getOurPersonnel())).isEqualTo(31);
    }

    @Test
    void aPatrolOutsideTheScopeIsNotFound() throws Exception {
        long id = fixtures.asSystemAdmin(() -> service.create(aJointPatrol().details()).getId());
        SignedInUser langSon = fixtures.account("patrol-page-ls2", "VN-LS-CA", Role.OFFICER);
        mvc.perform(get("/patrols/{id}", id).with(user(langSon))).andExpect(status().isNotFound());
        mvc.perform(get("/patrols/{id}/edit", id).with(user(langSon))).andExpect(status().isNotFound());
        mvc.perform(aJointPatrol().form(post("/patrols/{id}/edit", id)).param("version", "0").with(user(langSon)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHomePageShowsTheLatestPatrolsOfTheScope() throws Exception {
        long id = fixtures.asSystemAdmin(() -> service.create(aJointPatrol().segment("104", "105").details()).getId());
        mvc.perform(get("/").with(user(reporter)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Các chuyến tuần tra gần nhất")))
                .andExpect(content().string(containsString("/patrols/" + id + "\"")));
        mvc.perform(get("/").with(user(fixtures.account("patrol-page-ls3", "VN-LS-CA", Role.VIEWER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xem tất cả 0 chuyến tuần tra")))
                .andExpect(content().string(not(containsString("/patrols/" + id + "\""))));
    }
}
