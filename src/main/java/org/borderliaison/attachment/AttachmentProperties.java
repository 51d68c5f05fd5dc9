package org.borderliaison.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on attached files. {@code liaison.attachments.max-size} also sets the multipart limits of the
 * server ({@code spring.servlet.multipart.*} in {@code application.yml}), so a larger upload is cut off
 * before it is read into memory. {@code max-request-size} leaves room for the form's other fields.
 */
@ConfigurationProperties("liaison.attachments")
public record AttachmentProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("11MB") DataSize maxRequestSize) {
}
