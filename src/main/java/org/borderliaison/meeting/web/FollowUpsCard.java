package org.borderliaison.meeting.web;

import java.util.List;
import java.util.Map;
import org.borderliaison.meeting.domain.DueFollowUp;
import org.borderliaison.meeting.domain.MeetingService;
import org.borderliaison.shared.web.DashboardCard;
import org.springframework.stereotype.Component;

/** The home page's card of open follow-up actions due within 14 days or overdue, in the user's scope. */
@Component
class FollowUpsCard implements DashboardCard {

    private static final int SHOWN = 5;

    private final MeetingService service;

    FollowUpsCard(MeetingService service) {
        this.service = service;
    }

    @Override
    public String fragment() {
        return "meeting/cards :: followUps";
    }

    @Override
    public Map<String, Object> model() {
        List<DueFollowUp> due = service.dueFollowUps(SHOWN);
        return Map.of("followUps", due, "total", service.countDueFollowUps(),
                "overdue", due.stream().filter(DueFollowUp::overdue).count());
    }

    @Override
    public int order() {
        return 20;
    }
}
