package org.borderliaison.casefile.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.borderliaison.agency.Country;
import org.hibernate.annotations.Immutable;

/**
 * A case's partner link read on its own, for the case list only: the candidates of a page of a partner's (or a
 * province's) cases in date order come from these rows' index ({@code ix_case_file_partner_date}) without reading a
 * case ({@link org.borderliaison.shared.ListQueries.Through}). The case's id is named {@code id} and its date
 * {@code openedOn}, as on {@link CaseFile}, because the list reads both by the same names. Written only through
 * {@link CaseFile}'s partners ({@link CasePartner}).
 */
@Entity
@Immutable
@Table(name = "case_file_partner")
@IdClass(CasePartnerLink.Key.class)
class CasePartnerLink {

    @Id
    @Column(name = "case_file_id")
    private Long id;

    @Id
    private Integer position;

    @Column(name = "agency_id")
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "country")
    private Country country;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    protected CasePartnerLink() {
    }

    /** A link's key: its case and its place among the case's partners. */
    public static class Key implements Serializable {

        private Long id;
        private Integer position;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(id, key.id) && Objects.equals(position, key.position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(id, position);
        }
    }
}
