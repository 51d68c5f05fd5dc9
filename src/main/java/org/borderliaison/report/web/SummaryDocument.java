package org.borderliaison.report.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.borderliaison.shared.document.Confidentiality;

/**
 * What staff change on one printed summary before it goes out (query parameters of the page, the PDF and the Word
 * file): the number, the recipients (one a line), the signatory and the confidentiality mark. A parameter left out
 * takes the agency's default (DocumentSettings); one sent empty prints empty.
 */
public record SummaryDocument(
        @Schema(description = "the document's number, before /BC-<agency symbol>; left out, room is left to write it in")
        @Size(max = 20) String number,
        @Schema(description = "\"Nơi nhận\", one recipient a line; left out, the agency's default recipients")
        @Size(max = 2000) String recipients,
        @Schema(description = "signing authority (KT. GIÁM ĐỐC); left out, the agency's default")
        @Size(max = 200) String signatoryAuthority,
        @Schema(description = "signatory's position; left out, the agency's default")
        @Size(max = 200) String signatoryPosition,
        @Schema(description = "signatory's full name; left out, the agency's default")
        @Size(max = 200) String signatoryName,
        @Schema(description = "confidentiality mark stamped under the number and written to the access log")
        Confidentiality confidentiality) {

    static final SummaryDocument DEFAULTS = new SummaryDocument(null, null, null, null, null, null);

    Confidentiality mark() {
        return confidentiality == null ? Confidentiality.NONE : confidentiality;
    }
}
