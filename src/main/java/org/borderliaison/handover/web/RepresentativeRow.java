package org.borderliaison.handover.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.borderliaison.handover.Representative;

/** One signer or witness row of the handover form, and of the API's lists of them. */
public class RepresentativeRow {

    @NotBlank
    @Size(max = 200)
    private String fullName;

    @Size(max = 100)
    private String rank;

    @Size(max = 300)
    private String position;

    static RepresentativeRow of(Representative representative) {
        RepresentativeRow row = new RepresentativeRow();
        row.fullName = representative.fullName();
        row.rank = representative.rank();
        row.position = representative.position();
        return row;
    }

    static List<Representative> representatives(List<RepresentativeRow> rows) {
        return rows == null ? List.of() : rows.stream().map(RepresentativeRow::toRepresentative).toList();
    }

    Representative toRepresentative() {
        return new Representative(fullName, rank, position);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
