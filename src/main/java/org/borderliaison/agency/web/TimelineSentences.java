package org.borderliaison.agency.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.borderliaison.agency.AgencyTimeline;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says each event of a timeline as a sentence in the reader's language ("Chuyển từ Công an huyện Văn Lãng sang Công an
 * tỉnh Lạng Sơn, hiệu lực 01/03/2025"): names and dates, never field names or ids.
 */
@Component
class TimelineSentences {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    TimelineSentences(MessageSource messages) {
        this.messages = messages;
    }

    record Line(AgencyTimeline.Event event, String sentence) {
    }

    List<Line> of(AgencyTimeline timeline, Locale locale) {
        String root = messages.getMessage("agency.event.root", null, locale);
        return timeline.events().stream().map(event -> {
            String[] counts = event.details() == null ? new String[] {"", ""} : (event.details() + "/").split("/", -1);
            Object[] arguments = {event.effectiveDate().format(DAY), orElse(event.otherName(), root),
                    orElse(event.previousName(), root), event.nameBefore(), event.nameAfter(), counts[0], counts[1]};
            return new Line(event, messages.getMessage("agency.event." + event.kind(), arguments, locale));
        }).toList();
    }

    private static String orElse(String name, String fallback) {
        return name == null ? fallback : name;
    }
}
