package org.borderliaison.handover.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.borderliaison.agency.Country;
import org.borderliaison.handover.Sex;
import org.hibernate.envers.Audited;

/** One person on a handover's list. Personal data: read only through {@link HandoverService#persons}. */
@Entity
@Table(name = "handover_person")
@Audited
class HandoverPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handover_id", nullable = false)
    private Handover handover;

    @Column(nullable = false)
    private int seqNo;

    @Column(nullable = false)
    private String fullName;

    @Enumerated(EnumType.STRING)
    private Sex sex;

    private Integer birthYear;

    @Enumerated(EnumType.STRING)
    private Country nationality;

    private String identityDocument;

    private String wantedNoticeReference;

    protected HandoverPerson() {
    }

    HandoverPerson(Handover handover, int seqNo, PersonDetails details) {
        this.handover = handover;
        this.seqNo = seqNo;
        this.fullName = details.fullName();
        this.sex = details.sex();
        this.birthYear = details.birthYear();
        this.nationality = details.nationality();
        this.identityDocument = details.identityDocument();
        this.wantedNoticeReference = details.wantedNoticeReference();
    }

    PersonDetails toDetails() {
        return new PersonDetails(fullName, sex, birthYear, nationality, identityDocument, wantedNoticeReference);
    }
}
