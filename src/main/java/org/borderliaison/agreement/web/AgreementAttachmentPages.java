package org.borderliaison.agreement.web;

import org.borderliaison.attachment.AttachmentPages;
import org.borderliaison.agreement.domain.AgreementService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Upload, download and removal of an agreement's attachments from its page (the shared {@link AttachmentPages}). */
@Controller
@RequestMapping("/agreements")
class AgreementAttachmentPages extends AttachmentPages {

    AgreementAttachmentPages(AgreementService service, MessageSource messages) {
        super(service, messages);
    }
}
