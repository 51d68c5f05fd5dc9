package org.borderliaison.casefile.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileAttachmentContentRepository extends JpaRepository<CaseFileAttachmentContent, Long> {
}
