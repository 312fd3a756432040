package org.igkit.rest.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A seeded generator of malformed and hostile request bodies: random JSON, valid bodies with one part broken
 * (wrong type, huge or odd number, invalid date, SQL and script fragments, deep nesting, unknown or missing
 * fields), and byte-level damage (truncation, stray characters, duplicate keys, non-JSON).
 */
final class HostileBodies {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] HOSTILE_STRINGS = {
        "'; DROP TABLE records; --", "\" OR 1=1 --", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "../../etc/passwd",
        "\u0000", "\uD83D\uDE00", "2024-02-30", "2024-13-01", "0000-00-00", "+999999999-12-31", "-0001-01-01",
        "2024-10-02T25:00:00Z", "P-1Y", "--02-30", "NaN", "Infinity", "null", "true", "", " ", "\t\n",
        "%00", "\\u0000", "FOIA", "UK_GDPR", "closed + 6y", "CFY(", "permanent", "x".repeat(5000),
    };
    private static final String[] HOSTILE_NUMBERS = {
        "1e999999999", "-1e999999999", "123456789012345678901234567890", "-0", "0.0000000000000000000001", "2147483648",
        "-2147483649", "9223372036854775808", "1.5", "-1", "0", "1E+2", "0.25", "3.14159",
    };
    private static final String[] RAW = {
        "", "{", "}", "[", "null", "true", "42", "\"text\"", "{\"a\":}", "{\"a\" 1}", "{'a':1}", "{\"a\":1,}", "[1,2,,3]",
        "{\"a\":1}{\"b\":2}", "\u00ff\u00fe", "<xml/>", "a=b&c=d", "{\"a\":\"\\uZZZZ\"}", "{\"a\":01}", "{\"a\":.5}",
    };

    private final SplittableRandom random;
    private final List<String> vocabulary;

    HostileBodies(long seed, List<String> vocabulary) {
        this.random = new SplittableRandom(seed);
        this.vocabulary = vocabulary;
    }

    /** The next hostile body, derived from {@code valid} (a body the endpoint accepts) or from nothing. */
    String next(String valid) {
        int kind = random.nextInt(100);
        if (kind < 35) {
            return mutate(valid);
        }
        if (kind < 55) {
            return randomValue(0).toString();
        }
        if (kind < 70) {
            return damage(valid);
        }
        if (kind < 78) {
            return deep(1 + random.nextInt(5000));
        }
        if (kind < 88) {
            return withUnknownField(valid);
        }
        return RAW[random.nextInt(RAW.length)];
    }

    private String mutate(String valid) {
        JsonNode root = read(valid);
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> fields = new ArrayList<>();
        target.fieldNames().forEachRemaining(fields::add);
        if (fields.isEmpty()) {
            target.set(pickKey(), randomValue(2));
            return root.toString();
        }
        String field = fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(4)) {
            case 0 -> target.remove(field);
            case 1 -> target.set(field, randomValue(2));
            case 2 -> target.putRawValue(field, new RawValue(
                    HOSTILE_NUMBERS[random.nextInt(HOSTILE_NUMBERS.length)]));
            default -> target.put(field, HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)]);
        }
        return root.toString();
    }

    private String damage(String valid) {
        String body = valid;
        switch (random.nextInt(5)) {
            case 0 -> body = body.substring(0, random.nextInt(Math.max(1, body.length())));
            case 1 -> {
                int at = random.nextInt(body.length() + 1);
                String stray = "{}[],:\"\\x";
                body = body.substring(0, at) + stray.charAt(random.nextInt(stray.length())) + body.substring(at);
            }
            case 2 -> body = body.replaceFirst("\\{", "{\"" + pickKey() + "\":1,\"" + pickKey() + "\":2,");
            case 3 -> body = body.replace("\"", "'");
            default -> body = body + body;
        }
        return body;
    }

    private String withUnknownField(String valid) {
        JsonNode root = read(valid);
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        objects.get(random.nextInt(objects.size())).put("zz_" + random.nextInt(1000), HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)]);
        return root.toString();
    }

    private static String deep(int depth) {
        boolean arrays = depth % 2 == 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            body.append(arrays ? "[" : "{\"rule\":");
        }
        body.append("1");
        for (int i = 0; i < depth; i++) {
            body.append(arrays ? "]" : "}");
        }
        return body.toString();
    }

    private JsonNode randomValue(int depth) {
        int kind = random.nextInt(depth > 4 ? 6 : 9);
        switch (kind) {
            case 0: return NODES.nullNode();
            case 1: return NODES.booleanNode(random.nextBoolean());
            case 2: return NODES.numberNode(random.nextLong());
            case 3: return NODES.numberNode(random.nextDouble() * 1e6 - 5e5);
            case 4: return NODES.textNode(HOSTILE_STRINGS[random.nextInt(HOSTILE_STRINGS.length)]);
            case 5: return NODES.textNode(randomDate());
            case 6: case 7: {
                ObjectNode object = NODES.objectNode();
                int n = random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    object.set(pickKey(), randomValue(depth + 1));
                }
                return object;
            }
            default: {
                ArrayNode array = NODES.arrayNode();
                int n = random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    array.add(randomValue(depth + 1));
                }
                return array;
            }
        }
    }

    private String randomDate() {
        return String.format("%04d-%02d-%02d", random.nextInt(10000), random.nextInt(15), random.nextInt(33));
    }

    private String pickKey() {
        return random.nextInt(4) == 0 ? "k" + random.nextInt(100) : vocabulary.get(random.nextInt(vocabulary.size()));
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                collectObjects(it.next().getValue(), into);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> collectObjects(child, into));
        }
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("the seed body must be valid JSON: " + json, e);
        }
    }
}
