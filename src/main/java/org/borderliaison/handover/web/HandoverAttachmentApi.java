package org.borderliaison.handover.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.borderliaison.attachment.AttachmentApi;
import org.borderliaison.handover.domain.HandoverService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A handover's attachments in the API (the shared {@link AttachmentApi}), listed under the handovers' tag. */
@RestController
@RequestMapping(path = "/api/v1/handovers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Handovers")
class HandoverAttachmentApi extends AttachmentApi {

    HandoverAttachmentApi(HandoverService service) {
        super(service);
    }
}
