package org.borderliaison.handover.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;
import org.borderliaison.handover.Representative;

/** One signer or witness of a handover record, stored in one list with the side they sign for. */
@Embeddable
public class RepresentativeEntry implements HistoryItem {

    enum Side { OURS, PARTNER, WITNESS }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Column(nullable = false)
    private String fullName;

    @Column(name = "rank_name")
    private String rank;

    @Column(name = "position_title")
    private String position;

    protected RepresentativeEntry() {
    }

    RepresentativeEntry(Side side, Representative representative) {
        this.side = side;
        this.fullName = representative.fullName();
        this.rank = representative.rank();
        this.position = representative.position();
    }

    Side side() {
        return side;
    }

    Representative toRepresentative() {
        return new Representative(fullName, rank, position);
    }

    /** "Đại diện phía bạn: Thiếu tá Vương Lực, Đội trưởng", with the heading of the form's list the person is in. */
    @Override
    public String describe(HistoryTerms terms) {
        String list = switch (side) {
            case OURS -> "handover.ourRepresentatives";
            case PARTNER -> "handover.partnerRepresentatives";
            case WITNESS -> "handover.witnesses";
        };
        return terms.message(list) + ": " + toRepresentative().label();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RepresentativeEntry that && side == that.side && Objects.equals(fullName, that.fullName)
                && Objects.equals(rank, that.rank) && Objects.equals(position, that.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(side, fullName, rank, position);
    }
}
