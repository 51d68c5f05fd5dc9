package org.borderliaison.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.agency.domain.AgencyDetails;

/** The create/edit form of an agency: what the user typed, kept as typed when it is refused. */
public class AgencyForm {

    private Long version;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{agency.code.pattern}")
    private String code;

    /** Required when creating (checked by the controller); an agency never changes country. */
    private Country country;

    @NotNull
    private AgencyKind kind;

    @NotNull
    private AgencyLevel level;

    @NotBlank
    @Size(max = 300)
    private String nameVi;

    @Size(max = 300)
    private String nameEn;

    @Size(max = 300)
    private String nameNative;

    private Long parentId;

    private LocalDate validFrom;

    // The defaults of the agency's official documents (DocumentSettings), edited with the agency.
    @Size(max = 40)
    @Pattern(regexp = "[^/\\s]*", message = "{agency.documents.symbol.pattern}")
    private String documentSymbol;

    @Size(max = 100)
    private String documentPlace;

    @Size(max = 300)
    private String documentSuperior;

    @Size(max = 2000)
    private String documentRecipients;

    @Size(max = 200)
    private String signatoryAuthority;

    @Size(max = 200)
    private String signatoryPosition;

    @Size(max = 200)
    private String signatoryName;

    static AgencyForm of(AgencyView agency) {
        AgencyForm form = new AgencyForm();
        form.version = agency.version();
        form.code = agency.code();
        form.country = agency.country();
        form.kind = agency.kind();
        form.level = agency.level();
        form.nameVi = agency.nameVi();
        form.nameEn = agency.nameEn();
        form.nameNative = agency.nameNative();
        form.parentId = agency.parentId();
        form.validFrom = agency.validFrom();
        DocumentSettings documents = agency.documents();
        form.documentSymbol = documents.symbol();
        form.documentPlace = documents.place();
        form.documentSuperior = documents.superior();
        form.documentRecipients = documents.recipients();
        form.signatoryAuthority = documents.signatoryAuthority();
        form.signatoryPosition = documents.signatoryPosition();
        form.signatoryName = documents.signatoryName();
        return form;
    }

    AgencyDetails details() {
        return new AgencyDetails(code, kind, level, nameVi, nameEn, nameNative, validFrom);
    }

    DocumentSettings documents() {
        return new DocumentSettings(documentSymbol, documentPlace, documentSuperior, documentRecipients, signatoryAuthority,
                signatoryPosition, signatoryName);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Country getCountry() {
        return country;
    }

    public void setCountry(Country country) {
        this.country = country;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public void setKind(AgencyKind kind) {
        this.kind = kind;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public void setLevel(AgencyLevel level) {
        this.level = level;
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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getDocumentSymbol() {
        return documentSymbol;
    }

    public void setDocumentSymbol(String documentSymbol) {
        this.documentSymbol = documentSymbol;
    }

    public String getDocumentPlace() {
        return documentPlace;
    }

    public void setDocumentPlace(String documentPlace) {
        this.documentPlace = documentPlace;
    }

    public String getDocumentSuperior() {
        return documentSuperior;
    }

    public void setDocumentSuperior(String documentSuperior) {
        this.documentSuperior = documentSuperior;
    }

    public String getDocumentRecipients() {
        return documentRecipients;
    }

    public void setDocumentRecipients(String documentRecipients) {
        this.documentRecipients = documentRecipients;
    }

    public String getSignatoryAuthority() {
        return signatoryAuthority;
    }

    public void setSignatoryAuthority(String signatoryAuthority) {
        this.signatoryAuthority = signatoryAuthority;
    }

    public String getSignatoryPosition() {
        return signatoryPosition;
    }

    public void setSignatoryPosition(String signatoryPosition) {
        this.signatoryPosition = signatoryPosition;
    }

    public String getSignatoryName() {
        return signatoryName;
    }

    public void setSignatoryName(String signatoryName) {
        this.signatoryName = signatoryName;
    }
}
