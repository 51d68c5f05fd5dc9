package org.borderliaison.meeting;

/** What kind of contact a meeting record stands for; the yearly summary counts them per kind. */
public enum MeetingKind {
    /** Hội đàm: talks between delegations. */
    TALKS,
    /** Hội nghị: a conference, often multilateral. */
    CONFERENCE,
    /** Đoàn ra: a delegation of ours going abroad. */
    OUTGOING_DELEGATION,
    /** Đoàn vào: a partner's delegation received by us. */
    INCOMING_DELEGATION,
    /** Hội đàm tại thực địa: talks at the border line to settle an incident. */
    FIELD_TALKS,
    /** Trao đổi thư, công hàm: letters and diplomatic notes, usually logged as a monthly tally. */
    LETTER_EXCHANGE,
    /** Liên lạc qua đường dây nóng: hotline contacts, usually logged as a monthly tally. */
    HOTLINE_CONTACT,
    /** Giao lưu hữu nghị: friendship exchange (sport, culture, New Year greetings). */
    FRIENDSHIP_EXCHANGE,
    /**
     * Làm việc trong nước: a working visit between Vietnamese agencies (an inspection of the province's
     * cooperation by the ministry, say). Logged beside the cooperation but not part of it: no partner, and
     * the cooperation summary leaves it out.
     */
    DOMESTIC_VISIT;

    /** Every kind but the domestic visit is a contact with the other side, so it names at least one partner agency. */
    public boolean hasPartner() {
        return this != DOMESTIC_VISIT;
    }
}
