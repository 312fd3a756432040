package org.igkit.core.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<List<String>> fields(String text) {
        return CsvReader.readAll(text).stream().map(CsvRecord::fields).toList();
    }

    @Test
    @DisplayName("RFC 4180 §2(6): a quoted field holds commas, line breaks and doubled quotes")
    void quotedFieldsHoldCommasLineBreaksAndQuotes() {
        assertThat(fields("a,\"b,c\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lf\nonly\"\r\nx,y,z,w,v\r\n"))
                .containsExactly(List.of("a", "b,c", "say \"hi\"", "two\r\nlines", "lf\nonly"),
                        List.of("x", "y", "z", "w", "v"));
    }

    @Test
    void recordsEndWithCrlfOrLfAndTheLastNeedNot() {
        assertThat(fields("a,b\r\nc,d\ne,f")).containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
        assertThat(fields("")).isEmpty();
        assertThat(fields("a\r\n")).containsExactly(List.of("a"));
    }

    @Test
    void emptyFieldsAndBlankLinesAreKept() {
        assertThat(fields(",,\n\n\"\"\na,")).containsExactly(List.of("", "", ""), List.of(""), List.of(""),
                List.of("a", ""));
    }

    @Test
    @DisplayName("A byte-order mark at the start is not part of the first field")
    void aByteOrderMarkIsSkipped() {
        assertThat(fields("\uFEFFid,name\r\n1,x")).containsExactly(List.of("id", "name"), List.of("1", "x"));
    }

    @Test
    void aLoneCarriageReturnIsText() {
        assertThat(fields("a\rb,c")).containsExactly(List.of("a\rb", "c"));
    }

    @Test
    void eachRecordKnowsTheLineItStartsOn() {
        List<CsvRecord> records = CsvReader.readAll("h1,h2\r\n\"multi\r\nline\",x\r\nlast,y\r\n");

        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 4);
        assertThat(records.get(2).get(0)).isEqualTo("last");
        assertThat(records.get(2).size()).isEqualTo(2);
    }

    @Test
    @DisplayName("An unclosed quote is an error at the opening quote, not a field that swallows the file")
    void anUnclosedQuoteNamesWhereItOpened() {
        assertThatThrownBy(() -> CsvReader.readAll("a,b\r\nc,\"never closed,d\r\ne,f\r\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.violations().get(0).path()).isEqualTo("line 2, column 3");
                })
                .hasMessageContaining("never closed");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldNamesItsColumn() {
        assertThatThrownBy(() -> CsvReader.readAll("ok\nab\"c"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                });
    }

    @Test
    void textAfterAClosingQuoteNamesItsColumn() {
        assertThatThrownBy(() -> CsvReader.readAll("\"ab\"c,d"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(5);
                })
                .hasMessageContaining("closing quote");
    }

    @Test
    void recordsAreReadOneAtATime() {
        CsvReader reader = CsvReader.of(new StringReader("a\nb\n\"broken"));

        assertThat(reader.next()).map(CsvRecord::fields).contains(List.of("a"));
        assertThat(reader.next()).map(CsvRecord::fields).contains(List.of("b"));
        assertThatThrownBy(reader::next).isInstanceOf(CsvFormatException.class);
    }
}
