package org.borderliaison.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.borderliaison.agreement.AgreementSignatory;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.audit.Reference;

/** Who signed for one of the parties. */
@Embeddable
public class Signatory implements HistoryItem {

    @Column(nullable = false)
    private String fullName;

    @Column(name = "rank_name")
    private String rank;

    private String title;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    protected Signatory() {
    }

    Signatory(String fullName, String rank, String title, long agencyId) {
        this.fullName = fullName;
        this.rank = rank;
        this.title = title;
        this.agencyId = agencyId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getRank() {
        return rank;
    }

    public String getTitle() {
        return title;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public AgreementSignatory toView() {
        return new AgreementSignatory(fullName, rank, title, agencyId);
    }

    @Override
    public String describe(HistoryTerms terms) {
        return (rank == null ? "" : rank + " ") + fullName + (title == null ? "" : ", " + title)
                + (agencyId == null ? "" : " (" + terms.name(Reference.AGENCY, agencyId) + ")");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Signatory that && Objects.equals(fullName, that.fullName) && Objects.equals(rank, that.rank)
                && Objects.equals(title, that.title) && Objects.equals(agencyId, that.agencyId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fullName, rank, title, agencyId);
    }
}
