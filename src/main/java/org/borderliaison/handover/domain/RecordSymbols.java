package org.borderliaison.handover.domain;

import java.text.Normalizer;
import org.borderliaison.agency.AgencyView;

/**
 * The symbol after a record's number: "BB" (biên bản) and the issuing agency's abbreviation, as Decree 30/2020/NĐ-CP
 * writes it ("12/BB-CATLS"). Until agencies carry a document symbol set by administrators, the abbreviation is the
 * initials of the agency's Vietnamese name without diacritics ("Công an tỉnh Lạng Sơn": CATLS).
 */
final class RecordSymbols {

    static final String KIND = "BB";

    /** Room in record_symbol (40) for the kind and the dash, with some to spare. */
    private static final int MAX_ABBREVIATION = 30;

    private RecordSymbols() {
    }

    static String of(AgencyView issuer) {
        String abbreviation = initials(issuer.nameVi());
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
