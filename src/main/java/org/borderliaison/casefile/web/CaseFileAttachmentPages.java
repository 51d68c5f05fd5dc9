package org.borderliaison.casefile.web;

import org.borderliaison.attachment.AttachmentPages;
import org.borderliaison.casefile.domain.CaseFileService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Upload, download and removal of a case's attachments from its page (the shared {@link AttachmentPages}). */
@Controller
@RequestMapping("/cases")
class CaseFileAttachmentPages extends AttachmentPages {

    CaseFileAttachmentPages(CaseFileService service, MessageSource messages) {
        super(service, messages);
    }
}
