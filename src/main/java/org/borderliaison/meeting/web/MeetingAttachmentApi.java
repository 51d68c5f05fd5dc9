package org.borderliaison.meeting.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.borderliaison.attachment.AttachmentApi;
import org.borderliaison.meeting.domain.MeetingService;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A meeting's attachments in the API (the shared {@link AttachmentApi}), listed under the meetings' tag. */
@RestController
@RequestMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meetings")
class MeetingAttachmentApi extends AttachmentApi {

    MeetingAttachmentApi(MeetingService service) {
        super(service);
    }
}
