package org.borderliaison.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import org.borderliaison.audit.HistoryItem;
import org.borderliaison.audit.HistoryTerms;

/** Trưởng đoàn: who led a side's delegation, with rank and title as the record gives them. */
@Embeddable
public class HeadOfDelegation implements HistoryItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Side side;

    @Column(name = "full_name", nullable = false)
    private String name;

    @Column(name = "person_rank")
    private String rank;

    @Column(name = "person_title")
    private String title;

    protected HeadOfDelegation() {
    }

    HeadOfDelegation(Side side, String name, String rank, String title) {
        this.side = side;
        this.name = name;
        this.rank = rank;
        this.title = title;
    }

    public Side getSide() {
        return side;
    }

    public String getName() {
        return name;
    }

    public String getRank() {
        return rank;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String describe(HistoryTerms terms) {
        return terms.message("meetingSide." + side) + ": " + (rank == null ? "" : rank + " ") + name + (title == null ? "" : ", " + title);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeadOfDelegation that && Objects.equals(side, that.side) && Objects.equals(name, that.name)
                && Objects.equals(rank, that.rank) && Objects.equals(title, that.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(side, name, rank, title);
    }

    @Override
    public String toString() {
        return side + ": " + (rank == null ? "" : rank + " ") + name + (title == null ? "" : " (" + title + ")");
    }
}
