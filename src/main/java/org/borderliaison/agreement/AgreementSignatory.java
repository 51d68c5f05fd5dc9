package org.borderliaison.agreement;

/**
 * A person who signed an agreement for one of its parties: name, rank (cấp bậc: "Thiếu tướng"), title
 * (chức vụ: "Giám đốc Công an tỉnh"), and the party agency they signed for.
 */
public record AgreementSignatory(String name, String rank, String title, Long agencyId) {
}
