package org.borderliaison.agency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.borderliaison.agency.BorderGateKind;
import org.borderliaison.agency.BorderGateView;
import org.borderliaison.agency.Country;
import org.borderliaison.audit.HistoryLabel;
import org.borderliaison.shared.AuditedEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A pair of border gates (cửa khẩu): ours and the partner's, e.g. Lào Cai – Hà Khẩu (河口). */
@Entity
@Table(name = "border_gate")
@Audited
public class BorderGate extends AuditedEntity implements HistoryLabel {

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String nameVi;

    private String nameEn;

    @Column(nullable = false)
    private String vnGateName;

    private String partnerGateNameVi;

    private String partnerGateNative;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Country partnerCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BorderGateKind kind;

    private String transport;

    @Column(nullable = false)
    private String province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Agency agency;

    private boolean active = true;

    protected BorderGate() {
    }

    public BorderGateView toView() {
        return new BorderGateView(getId(), code, nameVi, nameEn, vnGateName, partnerGateNameVi, partnerGateNative,
                partnerCountry, kind, transport, province, agency == null ? null : agency.getId(), active);
    }

    @Override
    public String historyLabel() {
        return nameVi;
    }
}
