package org.borderliaison.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderliaison.casefile.CaseCategory;
import org.borderliaison.handover.HandoverCategory;
import org.borderliaison.handover.HandoverDirection;
import org.borderliaison.meeting.MeetingKind;
import org.borderliaison.patrol.PatrolKind;
import org.borderliaison.report.Summary.CaseFigures;
import org.borderliaison.report.Summary.HandoverFigures;
import org.borderliaison.report.Summary.Narrative;
import org.borderliaison.report.Summary.PatrolFigures;
import org.borderliaison.report.Summary.SeizureFigure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the summary's paragraph as report staff would ("Đã tổ chức 03 đoàn công tác xuất cảnh, 51 cuộc hội đàm
 * tại thực địa; trao đổi 950 thư, công hàm..."): the period's figures only, zeros left out, every phrase a message
 * ({@code report.narrative.*}) so the English version follows the same figures.
 */
@Component
class SummaryNarrative {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Meetings held (the rest are contacts: letters and hotline calls). */
    private static final List<MeetingKind> HELD = List.of(MeetingKind.TALKS, MeetingKind.CONFERENCE,
            MeetingKind.OUTGOING_DELEGATION, MeetingKind.INCOMING_DELEGATION, MeetingKind.FIELD_TALKS,
            MeetingKind.FRIENDSHIP_EXCHANGE);
    private static final List<MeetingKind> CONTACTS = List.of(MeetingKind.LETTER_EXCHANGE, MeetingKind.HOTLINE_CONTACT);

    private final MessageSource messages;

    SummaryNarrative(MessageSource messages) {
        this.messages = messages;
    }

    Narrative write(Summary summary) {
        return new Narrative(write(summary, VIETNAMESE), write(summary, Locale.ENGLISH));
    }

    private String write(Summary summary, Locale locale) {
        Writer writer = new Writer(locale);
        List<String> sentences = new ArrayList<>();
        addIfAny(sentences, writer.meetings(summary.meetings()));
        addIfAny(sentences, writer.agreements(summary));
        addIfAny(sentences, writer.patrols(summary.patrols()));
        addIfAny(sentences, writer.cases(summary.cases()));
        addIfAny(sentences, writer.publicOrder(summary.publicOrderCases()));
        addIfAny(sentences, writer.handovers(summary.handovers()));
        if (sentences.isEmpty()) {
            return writer.text("report.narrative.nothing");
        }
        return String.join(" ", sentences);
    }

    private static void addIfAny(List<String> sentences, String sentence) {
        if (!sentence.isEmpty()) {
            sentences.add(sentence);
        }
    }

    /** The phrases of one language. */
    private final class Writer {

        private final Locale locale;

        Writer(Locale locale) {
            this.locale = locale;
        }

        String meetings(Map<MeetingKind, Compared> figures) {
            List<String> held = new ArrayList<>();
            for (MeetingKind kind : HELD) {
                phrase(held, figures.get(kind), "report.narrative.meeting." + kind);
            }
            List<String> parts = new ArrayList<>();
            if (!held.isEmpty()) {
                parts.add(text("report.narrative.meetings.held", String.join(", ", held)));
            }
            for (MeetingKind kind : CONTACTS) {
                phrase(parts, figures.get(kind), "report.narrative.meeting." + kind);
            }
            return sentence(String.join("; ", parts));
        }

        String agreements(Summary summary) {
            List<String> signed = new ArrayList<>();
            long inForce = 0;
            for (var entry : summary.agreements().entrySet()) {
                phrase(signed, entry.getValue().signed(), "report.narrative.agreement." + entry.getKey());
                inForce += entry.getValue().inForceAtEnd().current().longValue();
            }
            List<String> parts = new ArrayList<>();
            if (!signed.isEmpty()) {
                parts.add(text("report.narrative.agreements.signed", String.join(", ", signed)));
            }
            if (inForce > 0) {
                parts.add(counted("report.narrative.agreements.inForce", BigDecimal.valueOf(inForce)));
            }
            return sentence(String.join("; ", parts));
        }

        String patrols(Map<PatrolKind, PatrolFigures> figures) {
            List<String> patrols = new ArrayList<>();
            figures.forEach((kind, patrol) -> {
                if (patrol.patrols().present()) {
                    String personnel = personnel(patrol.ourPersonnel().current(), patrol.partnerPersonnel().current());
                    patrols.add(counted("report.narrative.patrol." + kind, patrol.patrols().current())
                            + comparison(patrol.patrols()) + (personnel.isEmpty() ? "" : " " + personnel));
                }
            });
            return patrols.isEmpty() ? "" : sentence(text("report.narrative.patrols", String.join("; ", patrols)));
        }

        private String personnel(BigDecimal ours, BigDecimal partners) {
            if (ours.signum() == 0 && partners.signum() == 0) {
                return "";
            }
            if (ours.compareTo(partners) == 0) {
                return text("report.narrative.personnel.eachSide", number(ours));
            }
            return text("report.narrative.personnel.bySide", number(ours), number(partners));
        }

        String cases(Map<CaseCategory, CaseFigures> figures) {
            List<String> cases = new ArrayList<>();
            figures.forEach((category, figure) -> {
                if (!figure.cases().present()) {
                    return;
                }
                List<String> parts = new ArrayList<>();
                parts.add(counted("report.narrative.case." + category, figure.cases().current()) + comparison(figure.cases()));
                phrase(parts, figure.subjects(), messages.getMessage("report.narrative.subjects." + category, null, null, locale) != null
                        ? "report.narrative.subjects." + category : "report.narrative.subjects");
                phrase(parts, figure.victims(), "report.narrative.victims");
                List<String> seized = new ArrayList<>();
                for (SeizureFigure seizure : figure.seizures()) {
                    if (seizure.quantity().present()) {
                        seized.add(number(seizure.quantity().current()) + " " + text("seizureUnit." + seizure.unit()) + " "
                                + text("report.narrative.seizedItem", item(seizure)));
                    }
                }
                if (!seized.isEmpty()) {
                    parts.add(text("report.narrative.seized", String.join(", ", seized)));
                }
                cases.add(String.join(", ", parts));
            });
            return cases.isEmpty() ? "" : sentence(text("report.narrative.cases", String.join("; ", cases)));
        }

        String publicOrder(Compared cases) {
            return cases.present() ? sentence(counted("report.narrative.publicOrder", cases.current()) + comparison(cases)) : "";
        }

        private String item(SeizureFigure seizure) {
            return messages.getMessage("report.narrative.item." + seizure.item(), null,
                    lowerFirst(text("seizureItem." + seizure.item())), locale);
        }

        String handovers(Map<HandoverDirection, Map<HandoverCategory, HandoverFigures>> figures) {
            List<String> parts = new ArrayList<>();
            figures.forEach((direction, byCategory) -> {
                List<String> items = new ArrayList<>();
                byCategory.forEach((category, figure) -> phrase(items, figure.quantity(), "report.narrative.handover." + category));
                if (!items.isEmpty()) {
                    parts.add(text("report.narrative.handovers." + direction, String.join(", ", items)));
                }
            });
            return sentence(String.join("; ", parts));
        }

        /** Adds the phrase of a figure whose current value is not zero, compared with the previous period if it had any. */
        private void phrase(List<String> phrases, Compared figure, String key) {
            if (figure != null && figure.present()) {
                phrases.add(counted(key, figure.current()) + comparison(figure));
            }
        }

        /**
         * " (tăng 12 so với kỳ trước)": only when the previous period has a figure too, because a change against a
         * period without records ("+950") would read as growth that never happened.
         */
        private String comparison(Compared figure) {
            if (figure.previous().signum() == 0) {
                return "";
            }
            String key = switch (figure.change().signum()) {
                case 1 -> "report.narrative.compared.more";
                case -1 -> "report.narrative.compared.fewer";
                default -> "report.narrative.compared.same";
            };
            return " (" + text(key, number(figure.change().abs())) + ")";
        }

        /**
         * A phrase with a number: {0} is the number as written, {1} the value itself, for the English messages to
         * choose singular or plural ({1,choice,1#...|1<...}).
         */
        private String counted(String key, BigDecimal value) {
            return text(key, number(value), value);
        }

        String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        /** Vietnamese administrative style writes whole numbers below ten with two digits (03 đoàn). */
        String number(BigDecimal value) {
            return SummaryNumbers.format(value, locale, "vi".equals(locale.getLanguage()));
        }

        private String sentence(String text) {
            if (text.isEmpty()) {
                return "";
            }
            return text.substring(0, 1).toUpperCase(locale) + text.substring(1) + ".";
        }

        private String lowerFirst(String text) {
            return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
        }
    }
}
