package org.igkit.json;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.igkit.assets.AssetField;
import org.igkit.assets.Organisation;
import org.igkit.assets.PublicRegister;
import org.igkit.assets.RecordOfProcessing;
import org.igkit.assets.RopaColumn;
import org.igkit.assets.RopaSheet;

/**
 * The JSON exports of the asset register: the Record of Processing Activities (UK GDPR Art 30) and the public
 * register, written compactly from the domain values (the domain has no JSON code). Strings are escaped as RFC 8259
 * s.7 requires (quote, backslash, U+0000 to U+001F, short forms where JSON has them), and U+2028 and U+2029 are
 * escaped too, so that the export is also valid JavaScript.
 */
public final class RegisterExports {
    private static final ObjectMapper MAPPER = exportMapper();

    private RegisterExports() {
    }

    /**
     * The whole record as one JSON document: {@code organisation} (name, contactDetails, dpo, representative), then
     * {@code controllerRecord} and {@code processorRecord}, arrays of objects keyed by {@link RopaColumn#key()},
     * each value a list of strings ({@code assetId} a string).
     */
    public static String recordOfProcessing(RecordOfProcessing ropa) {
        Organisation organisation = ropa.organisation();
        ObjectNode document = MAPPER.createObjectNode();
        document.putObject("organisation")
                .put("name", organisation.name())
                .put("contactDetails", organisation.contactDetails())
                .put("dpo", organisation.dpo())
                .put("representative", organisation.representative());
        document.set("controllerRecord", rows(ropa.controllerSheet()));
        document.set("processorRecord", rows(ropa.processorSheet()));
        return write(document);
    }

    /** The public register: an array of objects, {@code assetId} then each published field by name; withheld fields absent. */
    public static String publicRegister(PublicRegister register) {
        ArrayNode out = MAPPER.createArrayNode();
        for (PublicRegister.Entry entry : register.entries()) {
            ObjectNode object = out.addObject().put("assetId", entry.assetId().value());
            entry.values().forEach((field, value) -> object.put(keyOf(field), value));
        }
        return write(out);
    }

    /** {@code retentionRule} for {@code RETENTION_RULE}. */
    static String keyOf(AssetField field) {
        String[] words = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    private static ArrayNode rows(RopaSheet sheet) {
        ArrayNode out = MAPPER.createArrayNode();
        for (RopaSheet.Row row : sheet.rows()) {
            ObjectNode object = out.addObject();
            for (RopaColumn column : sheet.columns()) {
                if (column == RopaColumn.ASSET_ID) {
                    object.put(column.key(), row.assetId().value());
                } else {
                    ArrayNode values = object.putArray(column.key());
                    List<String> given = row.values(column);
                    given.forEach(values::add);
                }
            }
        }
        return out;
    }

    private static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static ObjectMapper exportMapper() {
        ObjectMapper mapper = JsonMapping.configured();
        mapper.getFactory().setCharacterEscapes(new JavaScriptSafe());
        return mapper;
    }

    /** JSON's own escapes with lower-case hex, plus U+2028 and U+2029 (line terminators in JavaScript strings). */
    private static final class JavaScriptSafe extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapes();
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

        private static int[] standardAsciiEscapes() {
            int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (int c = 0; c < 0x20; c++) {
                // Jackson writes \u001F; the export has always written \u001f
                if (escapes[c] == CharacterEscapes.ESCAPE_STANDARD) {
                    escapes[c] = CharacterEscapes.ESCAPE_CUSTOM;
                }
            }
            return escapes;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch < 0x20) {
                return new SerializedString(String.format("\\u%04x", ch));
            }
            if (ch == 0x2028) {
                return LINE_SEPARATOR;
            }
            return ch == 0x2029 ? PARAGRAPH_SEPARATOR : null;
        }
    }
}
