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
    FRIENDSHIP_EXCHANGE
}
