package org.borderliaison.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.borderliaison.shared.SignedInUser;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Requests and checks the meeting page tests share. */
final class MeetingTestRequests {

    private MeetingTestRequests() {
    }

    /**
     * The meeting form as {@code who} posts it to {@code url}: talks of {@code ours} (host) with {@code partner} on
     * 20/05/2024 in Lào Cai, one head of delegation on our side; {@code changes} (name, value, name, value...)
     * replace or add fields.
     */
    static MockHttpServletRequestBuilder meetingForm(String url, SignedInUser who, long ours, long partner, String title,
            String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "TALKS");
        fields.put("title", title);
        fields.put("startDate", "20/05/2024");
        fields.put("placeCountry", "VN");
        fields.put("locality", "Lào Cai");
        fields.put("count", "1");
        fields.put("ourAgencies[0].agencyId", String.valueOf(ours));
        fields.put("partnerAgencies[0].agencyId", String.valueOf(partner));
        fields.put("hostAgencyId", String.valueOf(ours));
        fields.put("ourParticipants", "5");
        fields.put("partnerParticipants", "4");
        fields.put("ourHeads[0].name", "Nguyễn Văn Bình");
        fields.put("ourHeads[0].rank", "Đại tá");
        fields.put("ourHeads[0].title", "Phó Giám đốc");
        fields.put("topics", "DRUG_CRIME");
        fields.put("outcome", "Thống nhất trao đổi thông tin.");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(user(who)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /** The page, as the browser shows it (Thymeleaf writes "à" as "&amp;agrave;" in attributes). */
    static ResultMatcher shows(String text) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains(text);
    }
}
