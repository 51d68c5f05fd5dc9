package org.borderliaison.handover.domain;

import java.text.Normalizer;
import org.borderliaison.agency.AgencyView;
import org.borderliaison.handover.RecordNumber;

/**
 * The symbol after a record's number: "BB" (biên bản) and the issuing agency's document symbol, as Decree 30/2020/NĐ-CP
 * writes it ("12/BB-CAT"). The symbol is the one administrators set for the agency's documents; an agency without one
 * gets the initials of its Vietnamese name without diacritics ("Công an tỉnh Lạng Sơn": CATLS) rather than no symbol.
 */
final class RecordSymbols {

    static final String KIND = RecordNumber.TYPE;

    /** Room in record_symbol (40) for the kind and the dash, with some to spare. */
    private static final int MAX_ABBREVIATION = 30;

    private RecordSymbols() {
    }

    static String of(AgencyView issuer) {
        String set = issuer.documents() == null ? null : issuer.documents().symbol();
        String abbreviation = set != null && !set.isBlank() ? set.strip() : initials(issuer.nameVi());
        abbreviation = abbreviation.substring(0, Math.min(abbreviation.length(), MAX_ABBREVIATION));
        return abbreviation.isEmpty() ? KIND : KIND + "-" + abbreviation;
    }

    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                initials.append(ascii(word.substring(0, Character.charCount(word.codePointAt(0)))));
            }
        }
        return initials.toString().toUpperCase();
    }

    private static String ascii(String letter) {
        String folded = Normalizer.normalize(letter.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.chars().allMatch(c -> c < 128) ? folded : "";
    }
}
