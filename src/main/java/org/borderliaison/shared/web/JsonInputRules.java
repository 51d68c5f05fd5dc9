package org.borderliaison.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link InputRules} for JSON bodies: every string and every date Jackson reads is checked after its usual
 * deserializer, so a NUL in a title or a date in year 0001 ends in a 400 naming the field (the API's exception
 * handler reads the JSON path), instead of a database error; so does a null element of a list. Boot registers the
 * module and the customizer with its JSON mapper.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputRules {

    /** A null element of a list ({@code "persons": [null]}) is refused like a value of the wrong type. */
    @Bean
    JsonMapperBuilderCustomizer nullElementsRefused() {
        return builder -> builder.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
    }

    @Bean
    JacksonModule inputRulesModule() {
        return new SimpleModule("input-rules").setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier description,
                    ValueDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return type == String.class || type == LocalDate.class ? new Checked(deserializer) : deserializer;
            }
        });
    }

    /** The usual deserializer, then the rule of its type. */
    private static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return check(parser, _delegatee.deserialize(parser, context));
        }

        private static Object check(JsonParser parser, Object value) {
            if (value instanceof String text && !InputRules.acceptableText(text)) {
                throw new RefusedValueException(parser, InputRules.BAD_TEXT, String.class);
            }
            if (value instanceof LocalDate date && !InputRules.acceptableDate(date)) {
                throw new RefusedValueException(parser, InputRules.BAD_DATE, LocalDate.class);
            }
            return value;
        }
    }

    /** A value read but refused by {@link InputRules}: carries the message key (argument {0}: the field). */
    static final class RefusedValueException extends MismatchedInputException {

        private final String messageKey;

        RefusedValueException(JsonParser parser, String messageKey, Class<?> type) {
            super(parser, "refused by " + messageKey, type);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
