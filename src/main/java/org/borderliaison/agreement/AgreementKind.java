package org.borderliaison.agreement;

/** What sort of document an agreement is. */
public enum AgreementKind {
    /** Bản ghi nhớ, biên bản ghi nhớ. */
    MEMORANDUM_OF_UNDERSTANDING,
    /** Kế hoạch hợp tác hằng năm. */
    YEARLY_COOPERATION_PLAN,
    /** Biên bản hội nghị, hội đàm. */
    CONFERENCE_MINUTES,
    /** Hiệp định (e.g. on extradition), signed on behalf of the states. */
    TREATY,
    OTHER
}
