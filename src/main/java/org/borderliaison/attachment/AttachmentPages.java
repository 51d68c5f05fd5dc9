package org.borderliaison.attachment;

import java.io.IOException;
import org.borderliaison.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The attachment actions of a record's page, the same for every kind of record: a module's controller extends this
 * with its {@code @RequestMapping("/<records>")}. Upload and removal return to the record's attachments with a
 * message or the refusal; an upload too large to read never gets here ({@code OversizedUploadFilter}).
 */
public abstract class AttachmentPages {

    private final RecordAttachments records;
    private final MessageSource messages;

    protected AttachmentPages(RecordAttachments records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @PostMapping("/{id}/attachments")
    public String attach(@PathVariable long id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try {
            records.addAttachment(id, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flashMessage", text("attachment.added"));
        } catch (BusinessRuleException refused) {
            redirect.addFlashAttribute("flashWarning", text(refused.messageKey(), refused.arguments()));
        }
        return back(id);
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentResponses.download(records.downloadAttachment(id, attachmentId));
    }

    @PostMapping("/{id}/attachments/{attachmentId}/delete")
    public String detach(@PathVariable long id, @PathVariable long attachmentId, RedirectAttributes redirect) {
        try {
            records.removeAttachment(id, attachmentId);
            redirect.addFlashAttribute("flashMessage", text("attachment.removed"));
        } catch (BusinessRuleException refused) {
            redirect.addFlashAttribute("flashWarning", text(refused.messageKey(), refused.arguments()));
        }
        return back(id);
    }

    private String back(long id) {
        return "redirect:" + records.attachmentShelf().page(id) + "#attachments";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
