package org.borderliaison.shared.document;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a Vietnamese administrative document around its body (Decree 30/2020/NĐ-CP, Appendix I), as
 * {@code templates/fragments/official.html} prints them: the superior and issuing agencies (top left), the number
 * line, the place-and-date line (the national motto, top right, is fixed text), the title, the confidentiality mark,
 * "Nơi nhận" and the signatory block.
 *
 * @param superior the superior agency, printed upper-case; null for none
 * @param issuer the issuing agency, printed upper-case and bold
 * @param number the document's number; null or blank leaves the space to be filled in on registration
 * @param type the document type's abbreviation: BC (báo cáo), BB (biên bản)
 * @param symbol the issuing agency's symbol: CAT in "Số: 12/BC-CAT"; null prints the type alone
 * @param place the place of the date line
 * @param date the date of the document
 * @param title the document type as a heading: "BÁO CÁO"
 * @param subtitle what the document is about ("trích yếu"), under the title
 * @param recipients "Nơi nhận", one by one
 * @param signatory who signs
 * @param confidentiality the mark stamped on the document
 */
public record OfficialHeading(String superior, String issuer, String number, String type, String symbol, String place,
        LocalDate date, String title, String subtitle, List<String> recipients, Signatory signatory,
        Confidentiality confidentiality) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public OfficialHeading {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        confidentiality = confidentiality == null ? Confidentiality.NONE : confidentiality;
        signatory = signatory == null ? Signatory.NONE : signatory;
    }

    /** "12/BC-CAT", or "      /BC-CAT" with room for a number written in by hand. */
    public String numberAndSymbol() {
        String code = symbol == null || symbol.isBlank() ? type : type + "-" + symbol;
        return (number == null || number.isBlank() ? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0" : number.strip()) + "/" + code;
    }

    /**
     * "Lạng Sơn, ngày 23 tháng 3 năm 2022": Decree 30 writes a day below 10 and the months January and February with a
     * leading zero ("ngày 05 tháng 02"), so that nothing can be added in front of them. In English "Lạng Sơn, 23 March
     * 2022"; the place stays as the agency writes it.
     */
    public String dateLine(Locale locale) {
        String prefix = place == null || place.isBlank() ? "" : place.strip() + ", ";
        if ("vi".equals(locale.getLanguage())) {
            int day = date.getDayOfMonth();
            int month = date.getMonthValue();
            return prefix + "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month)
                    + " năm " + date.getYear();
        }
        return prefix + date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
    }

    /** The agency names as the header prints them, upper-case by the rules of Vietnamese. */
    public String superiorUpper() {
        return superior == null || superior.isBlank() ? null : superior.strip().toUpperCase(VIETNAMESE);
    }

    public String issuerUpper() {
        return issuer.strip().toUpperCase(VIETNAMESE);
    }

    /** The recipients as listed under "Nơi nhận": each on its line after a dash, ";" between them, "." after the last. */
    public List<String> recipientLines() {
        return java.util.stream.IntStream.range(0, recipients.size())
                .mapToObj(i -> "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";")).toList();
    }

    /**
     * The signatory block: the authority ("KT. GIÁM ĐỐC", "TM. ..."; null when the head signs in their own right),
     * the position ("PHÓ GIÁM ĐỐC") and the full name, with the space for signature and seal between.
     */
    public record Signatory(String authority, String position, String name) {

        public static final Signatory NONE = new Signatory(null, null, null);

        public String authorityUpper() {
            return authority == null || authority.isBlank() ? null : authority.strip().toUpperCase(VIETNAMESE);
        }

        public String positionUpper() {
            return position == null || position.isBlank() ? null : position.strip().toUpperCase(VIETNAMESE);
        }
    }
}
