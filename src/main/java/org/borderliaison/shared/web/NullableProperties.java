package org.borderliaison.shared.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.stereotype.Component;

/**
 * The API writes absent values as {@code null} (an agency without an English name, a handover without a case);
 * OpenAPI 3.0 forbids null unless a property says {@code nullable}. So every property whose Java type can be
 * null is documented nullable, and only those: primitives, collections (always written, possibly empty) and
 * properties a client must send ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}) are not.
 */
@Component
class NullableProperties implements PropertyCustomizer {

    @Override
    public Schema customize(Schema property, AnnotatedType type) {
        if (property != null && property.get$ref() == null && mayBeNull(type)) {
            property.setNullable(true);
        }
        return property;
    }

    private static boolean mayBeNull(AnnotatedType type) {
        Class<?> raw = rawClass(type.getType());
        if (raw == null || raw.isPrimitive() || Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)
                || raw.isArray()) {
            return false;
        }
        Annotation[] annotations = type.getCtxAnnotations() == null ? new Annotation[0] : type.getCtxAnnotations();
        return Arrays.stream(annotations).noneMatch(NullableProperties::alwaysRequired);
    }

    /** A constraint of every request; one of a validation group only (the version on update) still allows null. */
    private static boolean alwaysRequired(Annotation annotation) {
        Class<?>[] groups;
        if (annotation instanceof NotNull notNull) {
            groups = notNull.groups();
        } else if (annotation instanceof NotBlank notBlank) {
            groups = notBlank.groups();
        } else if (annotation instanceof NotEmpty notEmpty) {
            groups = notEmpty.groups();
        } else {
            return false;
        }
        return groups.length == 0 || Arrays.asList(groups).contains(Default.class);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof JavaType javaType) {
            return javaType.getRawClass();
        }
        return type instanceof Class<?> plain ? plain : null;
    }
}
