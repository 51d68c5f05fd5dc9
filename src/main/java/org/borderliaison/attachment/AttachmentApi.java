package org.borderliaison.attachment;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachment operations of a record's API, the same for every kind of record: a module's REST controller extends
 * this with its {@code @RequestMapping("/api/v1/<records>")} and its {@code @Tag}.
 */
public abstract class AttachmentApi {

    private final RecordAttachments records;

    protected AttachmentApi(RecordAttachments records) {
        this.records = records;
    }

    @GetMapping("/{id}/attachments")
    @Operation(summary = "The attachments' descriptions (404 when the record does not exist or lies outside the user's scope)")
    public List<AttachmentView> attachments(@PathVariable long id) {
        return records.attachments(id);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (PDF, PNG, JPEG, TIFF, WebP; recognised by content, size-limited)",
            description = "A file over the size limit is refused with 413 (when the request itself is too large) or 422.")
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<AttachmentView> attach(@PathVariable long id, @RequestPart("file") MultipartFile file) throws IOException {
        AttachmentView created = records.addAttachment(id, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/" + records.attachmentShelf().path() + "/" + id + "/attachments/" + created.id()))
                .body(created);
    }

    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = {"application/pdf", "image/png", "image/jpeg", "image/tiff", "image/webp"})
    @Operation(summary = "Download an attachment", description = "The file as it was attached, in its own type; written to the access log")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        return AttachmentResponses.download(records.downloadAttachment(id, attachmentId));
    }

    @DeleteMapping("/{id}/attachments/{attachmentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an attachment")
    public void detach(@PathVariable long id, @PathVariable long attachmentId) {
        records.removeAttachment(id, attachmentId);
    }
}
