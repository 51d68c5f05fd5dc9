package org.borderliaison.audit;

import jakarta.persistence.EntityManager;
import java.beans.PropertyDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of any audited record and turns consecutive snapshots into field-level
 * changes, newest first. Modules show it on their detail pages.
 */
@Service
public class RecordHistory {

    private static final Set<String> IGNORED = Set.of("class", "version", "createdBy", "createdAt", "updatedBy", "updatedAt",
            "id", "new", "hibernateLazyInitializer");

    private final EntityManager entityManager;

    RecordHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> of(Class<?> entityType, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            RevisionInfo revision = (RevisionInfo) row[1];
            RevisionType type = (RevisionType) row[2];
            HistoryEntry.Kind kind = switch (type) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            List<HistoryEntry.FieldChange> changes = kind == HistoryEntry.Kind.DELETED ? List.of() : diff(previous, snapshot);
            entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(), kind, changes));
            previous = snapshot;
        }
        java.util.Collections.reverse(entries);
        return entries;
    }

    private List<HistoryEntry.FieldChange> diff(Object before, Object after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        BeanWrapper afterBean = PropertyAccessorFactory.forBeanPropertyAccess(after);
        BeanWrapper beforeBean = before == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(before);
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(after.getClass())) {
            if (IGNORED.contains(property.getName()) || property.getReadMethod() == null) {
                continue;
            }
            String newValue = render(afterBean.getPropertyValue(property.getName()));
            String oldValue = beforeBean == null ? null : render(beforeBean.getPropertyValue(property.getName()));
            if (!Objects.equals(oldValue, newValue) && !(oldValue == null && newValue == null)) {
                changes.add(new HistoryEntry.FieldChange(property.getName(), oldValue, newValue));
            }
        }
        return changes;
    }

    private static String render(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(RecordHistory::render).sorted().toList().toString();
        }
        if (value instanceof HistoryLabel labelled) {
            return labelled.historyLabel();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
