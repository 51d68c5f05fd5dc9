package org.borderliaison.meeting.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAttachmentContentRepository extends JpaRepository<MeetingAttachmentContent, Long> {
}
