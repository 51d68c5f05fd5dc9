package org.borderliaison.handover.web;

import org.borderliaison.attachment.AttachmentPages;
import org.borderliaison.handover.domain.HandoverService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Upload, download and removal of a handover's attachments from its page (the shared {@link AttachmentPages}). */
@Controller
@RequestMapping("/handovers")
class HandoverAttachmentPages extends AttachmentPages {

    HandoverAttachmentPages(HandoverService service, MessageSource messages) {
        super(service, messages);
    }
}
