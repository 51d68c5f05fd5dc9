package org.borderliaison.handover.web;

import java.util.Locale;
import org.borderliaison.handover.LegalBasisKind;
import org.borderliaison.shared.SearchText;
import org.springframework.context.MessageSource;

/**
 * The legal basis as one phrase, "Công hàm số 12/CH-BNG", for the detail page and the printed record. Officers often
 * type the kind into the reference as well ("Công hàm số 12/CH-BNG" with the kind "Công hàm"); the kind is then not
 * repeated before it, which printed "Công hàm: Công hàm số…" before.
 */
final class LegalBasisText {

    private LegalBasisText() {
    }

    static String of(MessageSource messages, Locale locale, LegalBasisKind kind, String reference) {
        String label = kind == null ? null : messages.getMessage("legalBasisKind." + kind, null, locale);
        if (label == null || reference == null) {
            return label == null ? reference : label;
        }
        if (SearchText.fold(reference).contains(SearchText.fold(label))) {
            return reference;
        }
        String folded = SearchText.fold(reference);
        if (folded.startsWith("so ") || folded.startsWith("no.") || folded.startsWith("no ")) {
            return label + " " + reference;
        }
        String key = Character.isDigit(reference.codePointAt(0)) ? "handover.legalBasis.numbered" : "handover.legalBasis.described";
        return messages.getMessage(key, new Object[] {label, reference}, locale);
    }
}
