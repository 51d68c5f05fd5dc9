package org.borderliaison.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Locale;
import org.borderliaison.shared.SearchText;

/** The names and code an agency bore during a period. */
@Entity
@Table(name = "agency_name")
public class AgencyName implements Dated {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long agencyId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String nameVi;

    private String nameEn;

    private String nameNative;

    @Column(nullable = false)
    private LocalDate validFrom;

    private LocalDate validUntil;

    protected AgencyName() {
    }

    AgencyName(long agencyId, AgencyNames names, LocalDate validFrom) {
        this.agencyId = agencyId;
        this.validFrom = validFrom;
        apply(names);
    }

    void apply(AgencyNames names) {
        this.code = names.code().strip().toUpperCase(Locale.ROOT);
        this.nameVi = SearchText.nfc(names.nameVi());
        this.nameEn = blankToNull(SearchText.nfc(names.nameEn()));
        this.nameNative = blankToNull(SearchText.nfc(names.nameNative()));
    }

    void correct(AgencyNames names, LocalDate validFrom) {
        apply(names);
        this.validFrom = validFrom;
    }

    AgencyNames names() {
        return new AgencyNames(code, nameVi, nameEn, nameNative);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public Long getId() {
        return id;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public String getCode() {
        return code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameNative() {
        return nameNative;
    }

    @Override
    public LocalDate getValidFrom() {
        return validFrom;
    }

    @Override
    public LocalDate getValidUntil() {
        return validUntil;
    }

    @Override
    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
