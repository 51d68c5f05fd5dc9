package org.borderliaison.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.audit.Reference;

/**
 * An agreement signed or reviewed at a meeting, kept by id (the agreement module owns agreements; the
 * foreign key keeps a linked agreement from being deleted).
 */
@Embeddable
public class AgreementLink implements HistoryItem {

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgreementRelation relation;

    protected AgreementLink() {
    }

    AgreementLink(long agreementId, AgreementRelation relation) {
        this.agreementId = agreementId;
        this.relation = relation;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public AgreementRelation getRelation() {
        return relation;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.name(Reference.AGREEMENT, agreementId) + " (" + terms.value(relation) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AgreementLink that && Objects.equals(agreementId, that.agreementId) && relation == that.relation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(agreementId, relation);
    }

    @Override
    public String toString() {
        return relation + ": #" + agreementId;
    }
}
