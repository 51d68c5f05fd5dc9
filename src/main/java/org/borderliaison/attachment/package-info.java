/**
 * Files kept with a record (tệp đính kèm): the scanned signed agreement, meeting minutes, case documents, the signed
 * handover record. One implementation for every kind of record: which files are accepted (PDF and images, recognised
 * by their first bytes), the size limit, the descriptions and bytes as mapped superclasses that each module maps to
 * its own tables (so that every attachment has a real foreign key to its record and shows in the record's history),
 * the listing with the uploader's name, the download written to the access log, and the refusal of an oversized
 * upload before anything reads it. A module says where its attachments live with an {@link AttachmentShelf}, and its
 * record service extends {@link RecordAttachmentSupport}, answering only which record the user sees and who may change it.
 */
@ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.borderliaison.attachment;

import org.springframework.modulith.ApplicationModule;
