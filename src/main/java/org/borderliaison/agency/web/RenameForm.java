package org.borderliaison.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.domain.AgencyNames;

/** The rename form: the new names and code, from an effective date. */
public class RenameForm {

    private Long version;

    @NotNull
    private LocalDate effectiveDate;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{agency.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 300)
    private String nameVi;

    @Size(max = 300)
    private String nameEn;

    @Size(max = 300)
    private String nameNative;

    static RenameForm of(AgencyView agency) {
        RenameForm form = new RenameForm();
        form.version = agency.version();
        form.code = agency.code();
        form.nameVi = agency.nameVi();
        form.nameEn = agency.nameEn();
        form.nameNative = agency.nameNative();
        return form;
    }

    AgencyNames names() {
        return new AgencyNames(code, nameVi, nameEn, nameNative);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String nameVi) {
        this.nameVi = nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameNative() {
        return nameNative;
    }

    public void setNameNative(String nameNative) {
        this.nameNative = nameNative;
    }
}
