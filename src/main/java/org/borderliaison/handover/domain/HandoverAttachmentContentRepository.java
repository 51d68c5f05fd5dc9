package org.borderliaison.handover.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface HandoverAttachmentContentRepository extends JpaRepository<HandoverAttachmentContent, Long> {
}
