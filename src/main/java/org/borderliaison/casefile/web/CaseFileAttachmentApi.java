package org.borderliaison.casefile.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.borderliaison.attachment.AttachmentApi;
import org.borderliaison.casefile.domain.CaseFileService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A case's attachments in the API (the shared {@link AttachmentApi}), listed under the cases' tag. */
@RestController
@RequestMapping(path = "/api/v1/cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases")
class CaseFileAttachmentApi extends AttachmentApi {

    CaseFileAttachmentApi(CaseFileService service) {
        super(service);
    }
}
