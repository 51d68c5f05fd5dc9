package org.borderliaison.agency;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * What an agency prints on its official documents by default (Decree 30/2020/NĐ-CP, Appendix I); staff may change
 * any of it for one document. Every part may be missing: the document then leaves a line to fill in by hand.
 *
 * @param symbol the agency's part of the number line, after the document type: "CAT" in "Số: 12/BC-CAT"
 * @param place the place of the date line: "Lạng Sơn" in "Lạng Sơn, ngày 23 tháng 3 năm 2022"
 * @param superior the superior agency of the header when it is not the parent agency's name
 * @param recipients the default "Nơi nhận", one recipient a line
 * @param signatoryAuthority "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; empty when the head signs in their own right
 * @param signatoryPosition "PHÓ GIÁM ĐỐC"
 * @param signatoryName the full name under the signature
 */
@Schema(name = "AgencyDocumentSettings", description = "Defaults of the agency's official documents (Decree 30/2020/NĐ-CP)")
public record DocumentSettings(
        @Size(max = 40) @Pattern(regexp = "[^/\\s]*", message = "{agency.documents.symbol.pattern}") String symbol,
        @Size(max = 100) String place,
        @Size(max = 300) String superior,
        @Size(max = 2000) String recipients,
        @Size(max = 200) String signatoryAuthority,
        @Size(max = 200) String signatoryPosition,
        @Size(max = 200) String signatoryName) {

    public static final DocumentSettings NONE = new DocumentSettings(null, null, null, null, null, null, null);

    /** The recipients one by one, blank lines and the list marks people type ("- ", "+ ") left out. */
    public List<String> recipientList() {
        return lines(recipients);
    }

    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(line -> line.strip().replaceFirst("^[-+•]\\s*", "").replaceFirst("[;.]$", "").strip())
                .filter(line -> !line.isEmpty()).toList();
    }
}
