package org.igkit.assets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of the RoPA (the controller's record or the processor's record): its columns and a row per asset.
 *
 * @param columns the columns, in order
 * @param rows    a row per asset, in asset id order
 */
public record RopaSheet(List<RopaColumn> columns, List<Row> rows) {
    /** Separates several values in one CSV cell. */
    public static final String VALUE_SEPARATOR = "; ";

    /**
     * One processing activity (one asset).
     *
     * @param assetId the asset
     * @param values  the values per column; a column with nothing to say maps to an empty list
     */
    public record Row(AssetId assetId, Map<RopaColumn, List<String>> values) {
        public Row {
            Objects.requireNonNull(assetId, "assetId");
            EnumMap<RopaColumn, List<String>> copy = new EnumMap<>(RopaColumn.class);
            values.forEach((column, list) -> copy.put(column, List.copyOf(list)));
            values = Collections.unmodifiableMap(copy);
        }

        /** The values of {@code column} (empty when it has none). */
        public List<String> values(RopaColumn column) {
            return values.getOrDefault(column, List.of());
        }

        /** The values of {@code column} as one CSV cell, joined by {@value RopaSheet#VALUE_SEPARATOR}. */
        public String text(RopaColumn column) {
            return String.join(VALUE_SEPARATOR, values(column));
        }
    }

    public RopaSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The header and one line per row, as cells. */
    public List<List<String>> toTable() {
        List<List<String>> table = new ArrayList<>(rows.size() + 1);
        table.add(columns.stream().map(RopaColumn::heading).toList());
        for (Row row : rows) {
            table.add(columns.stream().map(row::text).toList());
        }
        return table;
    }

    /** The sheet as RFC 4180 CSV: a header with the ICO template's headings, then a record per asset. */
    public String toCsv() {
        return Csv.write(toTable());
    }
}
