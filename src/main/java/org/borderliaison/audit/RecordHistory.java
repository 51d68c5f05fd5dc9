package org.borderliaison.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Transient;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderliaison.shared.AuditedEntity;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of any audited record and writes it for people, newest first: the one renderer behind
 * every record's history. A record type with a {@link HistoryVocabulary} reads in the reader's language (labels,
 * names instead of ids, enum labels, dd/MM/yyyy dates, rows added and removed, the kind of change, the author's
 * name and agency); one without keeps the raw property names until its module describes it.
 */
@Service
public class RecordHistory {

    private static final Set<String> IGNORED = Set.of("class", "version", "createdBy", "createdAt", "updatedBy", "updatedAt",
            "id", "new", "hibernateLazyInitializer");

    private final EntityManager entityManager;
    private final MessageSource messages;
    private final Map<Class<?>, HistoryVocabulary> vocabularies;
    private final ObjectProvider<ReferenceNames> namerBeans;
    private volatile Map<Reference, ReferenceNames> namers;
    private final ObjectProvider<HistoryAuthors> authors;
    private final Map<Class<?>, List<Field>> auditedFields = new ConcurrentHashMap<>();

    RecordHistory(EntityManager entityManager, MessageSource messages, List<HistoryVocabulary> vocabularies,
            ObjectProvider<ReferenceNames> namers, ObjectProvider<HistoryAuthors> authors) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.vocabularies = vocabularies.stream().collect(Collectors.toMap(HistoryVocabulary::recordType, Function.identity()));
        // looked up on first use: the modules naming their records use services that read history themselves
        this.namerBeans = namers;
        this.authors = authors;
    }

    /** The history of a record in the current request's language. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> of(Class<?> entityType, Object id) {
        return of(entityType, id, LocaleContextHolder.getLocale());
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> of(Class<?> entityType, Object id, Locale locale) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        ReaderTerms terms = new ReaderTerms(messages, locale, namers());
        Map<String, Optional<HistoryAuthors.Author>> authorsByName = new HashMap<>();
        HistoryVocabulary vocabulary = vocabularies.get(entityType);
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object snapshot = row[0];
            RevisionInfo revision = (RevisionInfo) row[1];
            HistoryEntry.Kind kind = switch ((RevisionType) row[2]) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            List<HistoryEntry.FieldChange> changes = kind == HistoryEntry.Kind.DELETED ? List.of()
                    : vocabulary == null ? rawDiff(previous, snapshot) : diff(vocabulary, previous, snapshot, terms);
            String action = action(vocabulary, kind, previous, snapshot, revision.getUsername());
            Optional<HistoryAuthors.Author> author = revision.getUsername() == null ? Optional.empty()
                    : authorsByName.computeIfAbsent(revision.getUsername(), name -> author(name, locale));
            entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()), revision.getUsername(),
                    author.map(HistoryAuthors.Author::name).orElse(revision.getUsername() == null
                            ? terms.message("history.system") : revision.getUsername()),
                    author.map(HistoryAuthors.Author::agency).orElse(null),
                    kind, action, terms.message("history.action." + action), changes));
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }

    /**
     * The terms history is written in for {@code locale}, for a module that builds a timeline of its own (label, old
     * and new value lines) and wants its values to read like every record's history.
     */
    public HistoryTerms terms(Locale locale) {
        return new ReaderTerms(messages, locale, namers());
    }

    /** The fields of a record type that Envers keeps, below the common audit columns: what a vocabulary must describe. */
    public List<String> auditedFieldNames(Class<?> entityType) {
        return fields(entityType).stream().map(Field::getName).toList();
    }

    private Map<Reference, ReferenceNames> namers() {
        if (namers == null) {
            Map<Reference, ReferenceNames> found = new EnumMap<>(Reference.class);
            namerBeans.orderedStream().forEach(namer -> found.put(namer.reference(), namer));
            namers = found;
        }
        return namers;
    }

    private Optional<HistoryAuthors.Author> author(String username, Locale locale) {
        HistoryAuthors source = authors.getIfAvailable();
        return source == null ? Optional.empty() : source.find(username, locale);
    }

    private static String action(HistoryVocabulary vocabulary, HistoryEntry.Kind kind, Object before, Object after, String author) {
        if (kind == HistoryEntry.Kind.CREATED) {
            return "created";
        }
        if (kind == HistoryEntry.Kind.DELETED) {
            return "deleted";
        }
        String action = vocabulary == null || before == null ? null : vocabulary.action(before, after, author);
        return action == null ? "edited" : action;
    }

    private List<HistoryEntry.FieldChange> diff(HistoryVocabulary vocabulary, Object before, Object after, ReaderTerms terms) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (Field field : fields(after.getClass())) {
            HistoryField described = vocabulary.fields().get(field.getName());
            if (described != null && !described.shown()) {
                continue;
            }
            // an undescribed field still shows, by its name, rather than a change going unseen (tests forbid it)
            String label = described == null ? field.getName() : terms.message(described.labelKey());
            Reference reference = described == null ? null : described.reference();
            Object oldValue = before == null ? null : read(field, before);
            Object newValue = read(field, after);
            if (oldValue instanceof Collection<?> || newValue instanceof Collection<?>) {
                rows(field.getName(), label, reference, (Collection<?>) oldValue, (Collection<?>) newValue, terms, changes);
            } else {
                String oldText = render(described, oldValue, terms);
                String newText = render(described, newValue, terms);
                if (!Objects.equals(oldText, newText)) {
                    changes.add(new HistoryEntry.FieldChange(field.getName(), label, HistoryEntry.Change.SET, oldText, newText));
                }
            }
        }
        return changes;
    }

    /** Rows removed and added, compared as the rows compare themselves (an edited row is one removed, one added). */
    private void rows(String field, String label, Reference reference, Collection<?> before, Collection<?> after, ReaderTerms terms,
            List<HistoryEntry.FieldChange> changes) {
        List<Object> removed = new ArrayList<>(before == null ? List.of() : before);
        List<Object> added = new ArrayList<>();
        for (Object row : after == null ? List.of() : after) {
            if (!removed.remove(row)) {
                added.add(row);
            }
        }
        boolean unordered = after instanceof Set<?> || before instanceof Set<?>;
        for (String text : texts(removed, reference, terms, unordered)) {
            changes.add(new HistoryEntry.FieldChange(field, label, HistoryEntry.Change.REMOVED, text, null));
        }
        for (String text : texts(added, reference, terms, unordered)) {
            changes.add(new HistoryEntry.FieldChange(field, label, HistoryEntry.Change.ADDED, null, text));
        }
    }

    private List<String> texts(List<Object> rows, Reference reference, ReaderTerms terms, boolean sort) {
        List<String> texts = rows.stream().map(row -> render(reference, row, terms)).filter(Objects::nonNull)
                .collect(Collectors.toCollection(ArrayList::new));
        if (sort) {
            Collections.sort(texts);
        }
        return texts;
    }

    private String render(HistoryField described, Object value, ReaderTerms terms) {
        if (described != null && described.bareDigits() && value != null) {
            return value.toString();
        }
        return render(described == null ? null : described.reference(), value, terms);
    }

    private String render(Reference reference, Object value, ReaderTerms terms) {
        if (reference == null || value == null) {
            return terms.value(value);
        }
        Object id = value instanceof Number ? value : entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value);
        return terms.name(reference, ((Number) id).longValue());
    }

    private List<Field> fields(Class<?> type) {
        return auditedFields.computeIfAbsent(type, any -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> current = type; current != null && current != AuditedEntity.class && current != Object.class;
                    current = current.getSuperclass()) {
                for (Field field : current.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()
                            || field.isAnnotationPresent(NotAudited.class) || field.isAnnotationPresent(Transient.class)
                            || IGNORED.contains(field.getName())) {
                        continue;
                    }
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            return List.copyOf(fields);
        });
    }

    private static Object read(Field field, Object snapshot) {
        try {
            return field.get(snapshot);
        } catch (IllegalAccessException ex) {
            throw new IllegalStateException("Cannot read " + field, ex);
        }
    }

    /** The raw diff of a record type no module has described yet: property names and their text. */
    private List<HistoryEntry.FieldChange> rawDiff(Object before, Object after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        BeanWrapper afterBean = PropertyAccessorFactory.forBeanPropertyAccess(after);
        BeanWrapper beforeBean = before == null ? null : PropertyAccessorFactory.forBeanPropertyAccess(before);
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(after.getClass())) {
            if (IGNORED.contains(property.getName()) || property.getReadMethod() == null) {
                continue;
            }
            String newValue = raw(afterBean.getPropertyValue(property.getName()));
            String oldValue = beforeBean == null ? null : raw(beforeBean.getPropertyValue(property.getName()));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new HistoryEntry.FieldChange(property.getName(), property.getName(), HistoryEntry.Change.SET, oldValue, newValue));
            }
        }
        return changes;
    }

    private static String raw(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(RecordHistory::raw).sorted().toList().toString();
        }
        if (value instanceof HistoryLabel labelled) {
            return labelled.historyLabel();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }
}
