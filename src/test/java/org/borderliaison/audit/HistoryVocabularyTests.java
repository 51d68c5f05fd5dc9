package org.borderliaison.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderliaison.support.IntegrationTest;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Every audited record is described to history field by field, with labels in both languages. */
class HistoryVocabularyTests extends IntegrationTest {

    /** Border gates and partnerships are reference data whose edits are not yet told in words. */
    private static final Set<String> NOT_YET_DESCRIBED = Set.of("BorderGate", "Partnership");
    /** Audited as rows of a record whose history lists them (attachments) or keeps them out (persons: personal data). */
    private static final Set<String> ROWS = Set.of("AgreementAttachment", "MeetingAttachment", "CaseFileAttachment", "HandoverAttachment", "HandoverPerson");

    @Autowired
    List<HistoryVocabulary> vocabularies;

    @Autowired
    RecordHistory history;

    @Autowired
    MessageSource messages;

    @Autowired
    EntityManager entityManager;

    @Test
    void everyAuditedRecordHasAVocabularyDescribingEachOfItsFieldsInBothLanguages() {
        Set<Class<?>> described = vocabularies.stream().map(HistoryVocabulary::recordType).collect(Collectors.toSet());
        List<Class<?>> audited = entityManager.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(type -> type.isAnnotationPresent(Audited.class) && !NOT_YET_DESCRIBED.contains(type.getSimpleName())
                        && !ROWS.contains(type.getSimpleName()))
                .collect(Collectors.toList());
        assertThat(described).containsAll(audited);
        for (HistoryVocabulary vocabulary : vocabularies) {
            assertThat(vocabulary.fields().keySet()).as("fields of %s", vocabulary.recordType().getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(history.auditedFieldNames(vocabulary.recordType()));
            vocabulary.fields().values().stream().filter(HistoryField::shown).forEach(field -> {
                for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
                    assertThat(messages.getMessage(field.labelKey(), null, null, locale)).as(field.labelKey()).isNotBlank();
                }
            });
        }
    }

    @Test
    void theScanCatchesWhatTheHistoryUsedToShow() {
        List<Class<? extends Enum<?>>> none = List.of();
        for (String raw : List.of("kind: → DISTRICT_POLICE", "hostAgencyId: → 3", "agencies: → [OUR #3, PARTNER #32]",
                "Ngày: → 2024-06-05")) {
            assertThatThrownBy(() -> HistoryScan.assertWrittenForPeople(raw, none)).as(raw).isInstanceOf(AssertionError.class);
        }
        assertThatThrownBy(() -> HistoryScan.assertWrittenForPeople("Hình thức: JOINT", List.of(org.borderliaison.patrol.PatrolKind.class)))
                .isInstanceOf(AssertionError.class);
        HistoryScan.assertWrittenForPeople("Đơn vị chủ trì: Công an tỉnh Lào Cai · Từ ngày: 05/06/2024", none);
    }
}
