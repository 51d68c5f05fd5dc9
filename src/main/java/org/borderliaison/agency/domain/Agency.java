package org.borderliaison.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.borderliaison.agency.AgencyKind;
import org.borderliaison.agency.AgencyLevel;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.agency.Country;
import org.borderliaison.agency.DocumentSettings;
import org.borderliaison.agency.LocalisedName;
import org.borderliaison.audit.HistoryLabel;
import org.borderliaison.shared.AuditedEntity;
import org.borderliaison.shared.BusinessRuleException;
import org.borderliaison.shared.SearchText;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A police, border-guard or partner agency. Reorganisations never delete one: a dissolved or merged
 * agency keeps its place in the tree (so past records still count for its parent) and points at its
 * successor.
 */
@Entity
@Table(name = "agency")
@Audited
public class Agency extends AuditedEntity implements HistoryLabel {

    @Column(nullable = false)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgencyLevel level;

    @Column(nullable = false)
    private String nameVi;

    private String nameEn;

    private String nameNative;

    @NotAudited
    @Column(nullable = false)
    private String searchText;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Agency parent;

    private LocalDate parentSince;

    /** Kept current by {@link AgencyService} on every move, for the whole sub-tree. */
    @NotAudited
    @Column(nullable = false)
    private String path;

    private LocalDate validFrom;

    private LocalDate validTo;

    private boolean active = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Agency successor;

    @Column(name = "doc_symbol")
    private String documentSymbol;

    @Column(name = "doc_place")
    private String documentPlace;

    @Column(name = "doc_superior")
    private String documentSuperior;

    @Column(name = "doc_recipients")
    private String documentRecipients;

    @Column(name = "doc_signatory_authority")
    private String signatoryAuthority;

    @Column(name = "doc_signatory_position")
    private String signatoryPosition;

    @Column(name = "doc_signatory_name")
    private String signatoryName;

    protected Agency() {
    }

    Agency(Country country, AgencyDetails details) {
        this.country = country;
        this.path = "/";
        apply(details);
    }

    private void apply(AgencyDetails details) {
        this.code = details.code().strip().toUpperCase(java.util.Locale.ROOT);
        this.kind = details.kind();
        this.level = details.level();
        this.nameVi = SearchText.nfc(details.nameVi());
        this.nameEn = blankToNull(SearchText.nfc(details.nameEn()));
        this.nameNative = blankToNull(SearchText.nfc(details.nameNative()));
        this.validFrom = details.validFrom();
        this.searchText = SearchText.of(code, nameVi, nameEn, nameNative);
    }

    void applyDocumentSettings(DocumentSettings settings) {
        this.documentSymbol = clean(settings.symbol());
        this.documentPlace = clean(settings.place());
        this.documentSuperior = clean(settings.superior());
        this.documentRecipients = settings.recipientList().isEmpty() ? null : String.join("\n", settings.recipientList());
        this.signatoryAuthority = clean(settings.signatoryAuthority());
        this.signatoryPosition = clean(settings.signatoryPosition());
        this.signatoryName = clean(settings.signatoryName());
    }

    public DocumentSettings documentSettings() {
        return new DocumentSettings(documentSymbol, documentPlace, documentSuperior, documentRecipients, signatoryAuthority,
                signatoryPosition, signatoryName);
    }

    private static String clean(String value) {
        return blankToNull(value == null ? null : SearchText.nfc(value.strip()));
    }

    /** Guards the shape of the tree: a parent of the same country. Cycles over time are the settlement's to refuse. */
    void requireParentOfSameCountry(Agency newParent, String field) {
        if (newParent != null && newParent.getCountry() != country) {
            throw new BusinessRuleException(field, "agency.error.parentOtherCountry");
        }
    }

    /** Takes over what is valid today: the parent, the names and the path, as {@link AgencySettlement} worked them out. */
    void settle(Agency currentParent, LocalDate since, AgencyNames names, String currentPath) {
        this.parent = currentParent;
        this.parentSince = since;
        this.path = currentPath;
        if (names != null) {
            this.code = names.code();
            this.nameVi = names.nameVi();
            this.nameEn = names.nameEn();
            this.nameNative = names.nameNative();
            this.searchText = SearchText.of(code, nameVi, nameEn, nameNative);
        }
    }

    AgencyNames names() {
        return new AgencyNames(code, nameVi, nameEn, nameNative);
    }

    void changeKind(AgencyKind newKind, AgencyLevel newLevel, LocalDate newValidFrom) {
        this.kind = newKind;
        this.level = newLevel;
        this.validFrom = newValidFrom;
    }

    /** Ends the agency's life on {@code effectiveDate}, optionally merged into {@code successor}. */
    void dissolve(LocalDate effectiveDate, Agency successor) {
        if (!active) {
            throw new BusinessRuleException(null, "agency.error.alreadyDissolved", nameVi);
        }
        if (validFrom != null && effectiveDate.isBefore(validFrom)) {
            throw new BusinessRuleException("effectiveDate", "agency.error.dissolveBeforeStart");
        }
        if (successor != null) {
            if (successor.equals(this)) {
                throw new BusinessRuleException("successorId", "agency.error.successorInside");
            }
            if (!successor.isActive()) {
                throw new BusinessRuleException("successorId", "agency.error.successorInactive", successor.getNameVi());
            }
            if (successor.getCountry() != country) {
                throw new BusinessRuleException("successorId", "agency.error.successorOtherCountry");
            }
        }
        this.validTo = effectiveDate;
        this.active = false;
        this.successor = successor;
    }

    public AgencyView toView() {
        return new AgencyView(getId(), code, nameVi, nameEn, nameNative, country, kind, level,
                parent == null ? null : parent.getId(), parentSince, path, validFrom, validTo, active,
                successor == null ? null : successor.getId(), getVersion(), documentSettings());
    }

    /** This agency as it stands today, called by the code and names of {@code name} (those of some past day). */
    AgencyView toViewNamed(AgencyName name) {
        return new AgencyView(getId(), name.getCode(), name.getNameVi(), name.getNameEn(), name.getNameNative(), country, kind,
                level, parent == null ? null : parent.getId(), parentSince, path, validFrom, validTo, active,
                successor == null ? null : successor.getId(), getVersion(), documentSettings());
    }

    /** This agency as it stood on {@code day}: the parent and names valid then, active unless ended by then. */
    AgencyView toViewOn(LocalDate day, AgencyPlacement placement, AgencyName name) {
        boolean activeThen = validTo == null || validTo.isAfter(day);
        LocalDate since = placement.getValidFrom().isAfter(LineageRow.BEGINNING) ? placement.getValidFrom() : null;
        return new AgencyView(getId(), name == null ? code : name.getCode(), name == null ? nameVi : name.getNameVi(),
                name == null ? nameEn : name.getNameEn(), name == null ? nameNative : name.getNameNative(), country, kind, level,
                placement.getParentId(), since, path, validFrom, validTo, activeThen,
                successor == null ? null : successor.getId(), getVersion(), documentSettings());
    }

    @Override
    public String historyLabel() {
        return code + " – " + nameVi;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getCode() {
        return code;
    }

    public Country getCountry() {
        return country;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public String name(String language) {
        return LocalisedName.of(language, nameVi, nameEn);
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

    public Agency getParent() {
        return parent;
    }

    public LocalDate getParentSince() {
        return parentSince;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isActive() {
        return active;
    }

    public Agency getSuccessor() {
        return successor;
    }
}
