package org.igkit.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;

/**
 * Every missing field of a body in one answer, each "is required". A record's {@code boolean}, {@code int},
 * {@code long} or {@code double} component has no "absent" value, so Jackson (with
 * {@code FAIL_ON_NULL_FOR_PRIMITIVES}) stopped at the first missing one and called it "not true or false"; and a
 * missing text field reached the constructor only after that. Here the object is read as a tree first: absent
 * primitives are noted (or given their declared default, such as a new asset's {@code version} 0), placeholders stand
 * in while the constructor runs, and its own "is required" refusals join the list.
 */
final class RequiredFields extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<Class<?>, Map<String, JsonNode>> defaults;

    private RequiredFields(Map<Class<?>, Map<String, JsonNode>> defaults) {
        this.defaults = defaults;
    }

    /** A modifier under which {@code defaults} (type, field, value) may be left out of a body. */
    static RequiredFields withDefaults(Map<Class<?>, Map<String, JsonNode>> defaults) {
        return new RequiredFields(Map.copyOf(defaults));
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        if (!(deserializer instanceof BeanDeserializerBase bean)) {
            return deserializer;
        }
        ValueInstantiator instantiator = bean.getValueInstantiator();
        if (!instantiator.canCreateFromObjectWith()) {
            return deserializer;
        }
        Map<String, JsonNode> declared = defaults.getOrDefault(description.getBeanClass(), Map.of());
        Map<String, JsonNode> required = new LinkedHashMap<>();
        Map<String, JsonNode> defaulted = new LinkedHashMap<>();
        for (SettableBeanProperty argument : instantiator.getFromObjectArguments(config)) {
            if (declared.containsKey(argument.getName())) {
                defaulted.put(argument.getName(), declared.get(argument.getName()));
            } else if (argument.getType().isPrimitive()) {
                required.put(argument.getName(), placeholder(argument.getType().getRawClass()));
            }
        }
        return required.isEmpty() && defaulted.isEmpty() ? deserializer
                : new Checked(deserializer, Map.copyOf(required), Map.copyOf(defaulted));
    }

    /** A value of {@code type} that passes for "absent" while the constructor looks at the other fields. */
    private static JsonNode placeholder(Class<?> type) {
        if (type == boolean.class) {
            return NODES.booleanNode(false);
        }
        if (type == double.class || type == float.class) {
            return NODES.numberNode(0.0);
        }
        return NODES.numberNode(0);
    }

    /** The wrapped deserializer of one type. */
    private static final class Checked extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        private final Map<String, JsonNode> required;
        private final Map<String, JsonNode> defaulted;

        Checked(JsonDeserializer<?> delegate, Map<String, JsonNode> required, Map<String, JsonNode> defaulted) {
            super(delegate);
            this.required = required;
            this.defaulted = defaulted;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, required, defaulted);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.START_OBJECT)) {
                // not an object: the delegate says what was expected
                return super.deserialize(parser, context);
            }
            ObjectNode body = (ObjectNode) context.readTree(parser);
            defaulted.forEach((name, value) -> {
                if (!body.has(name)) {
                    body.set(name, value);
                }
            });
            List<String> missing = new ArrayList<>();
            required.forEach((name, placeholder) -> {
                if (!body.has(name) || body.get(name).isNull()) {
                    missing.add(name);
                    body.set(name, placeholder);
                }
            });
            if (missing.isEmpty()) {
                return replay(body, parser, context);
            }
            List<Violation> problems = new ArrayList<>();
            missing.forEach(name -> problems.add(Violation.of(name, "is required", null)));
            try {
                replay(body, parser, context);
            } catch (JsonMappingException e) {
                ValidationException refused = validationCause(e);
                if (refused == null) {
                    throw e;
                }
                // refused by a nested value's constructor: its paths are below the place Jackson recorded
                addMissing(refused.under(pathOf(e)), missing, problems);
            } catch (ValidationException refused) {
                addMissing(refused, missing, problems);
            }
            problems.sort(Comparator.comparing(Violation::path));
            ValidationException all = new ValidationException(problems);
            throw ValueInstantiationException.from(parser, all.getMessage(), context.constructType(handledType()), all);
        }

        private Object replay(ObjectNode body, JsonParser parser, DeserializationContext context) throws IOException {
            try (JsonParser tokens = body.traverse(parser.getCodec())) {
                tokens.nextToken();
                return _delegatee.deserialize(tokens, context);
            }
        }

        /** The constructor's refusals of absent fields (the others may be the placeholders' doing). */
        private static void addMissing(ValidationException refused, List<String> missing,
                                       List<Violation> problems) {
            for (Violation violation : refused.violations()) {
                if (violation.message().startsWith("is required") && !missing.contains(violation.path())) {
                    problems.add(violation);
                }
            }
        }

        /** {@code parts[1]} for Jackson's reference path. */
        private static String pathOf(JsonMappingException e) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : e.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() > 0 ? "." : "").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }

        private static ValidationException validationCause(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ValidationException v) {
                    return v;
                }
            }
            return null;
        }
    }
}
