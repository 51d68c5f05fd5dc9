package org.borderliaison.agreement.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.borderliaison.attachment.AttachmentApi;
import org.borderliaison.agreement.domain.AgreementService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An agreement's attachments in the API (the shared {@link AttachmentApi}), listed under the agreements' tag. */
@RestController
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements")
class AgreementAttachmentApi extends AttachmentApi {

    AgreementAttachmentApi(AgreementService service) {
        super(service);
    }
}
