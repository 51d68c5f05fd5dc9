package org.borderliaison.meeting.web;

import org.borderliaison.attachment.AttachmentPages;
import org.borderliaison.meeting.domain.MeetingService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Upload, download and removal of a meeting's attachments from its page (the shared {@link AttachmentPages}). */
@Controller
@RequestMapping("/meetings")
class MeetingAttachmentPages extends AttachmentPages {

    MeetingAttachmentPages(MeetingService service, MessageSource messages) {
        super(service, messages);
    }
}
