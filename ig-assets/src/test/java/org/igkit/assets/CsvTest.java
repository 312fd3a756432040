package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 4180 writing and reading. */
class CsvTest {

    @Test
    @DisplayName("RFC 4180 s.2(6)-(7): a field with a comma, a quote and a newline is quoted, its quote doubled")
    void aFieldWithACommaAQuoteAndANewlineIsQuoted() {
        String field = "Payroll, pensions \"and\"\nexpenses";
        String csv = Csv.write(List.of(List.of("id", "purposes"), List.of("HR-001", field)));

        assertThat(csv).isEqualTo("id,purposes\r\nHR-001,\"Payroll, pensions \"\"and\"\"\nexpenses\"\r\n");
        assertThat(Csv.parse(csv)).containsExactly(List.of("id", "purposes"), List.of("HR-001", field));
    }

    @Test
    @DisplayName("RFC 4180 s.2(1): each record ends with CRLF; plain fields are not quoted")
    void recordsEndWithCrlf() {
        assertThat(Csv.write(List.of(List.of("a", "b"), List.of("c", "")))).isEqualTo("a,b\r\nc,\r\n");
    }

    @Test
    @DisplayName("A field holding only a carriage return is quoted, so it survives the round trip")
    void aLoneCarriageReturnIsQuoted() {
        List<List<String>> rows = List.of(List.of("\r", "x\ry"));
        // a leading CR is also a formula trigger (OWASP CSV injection), so that cell gains an apostrophe
        assertThat(Csv.write(rows)).isEqualTo("\"'\r\",\"x\ry\"\r\n");
        assertThat(Csv.parse(Csv.write(rows))).isEqualTo(rows);
    }

    @Test
    @DisplayName("A row of one empty cell is written as \"\" so that it is not read back as nothing")
    void aRowOfOneEmptyCell() {
        List<List<String>> rows = List.of(List.of("a"), List.of(""), List.of("b"));
        assertThat(Csv.write(rows)).isEqualTo("a\r\n\"\"\r\nb\r\n");
        assertThat(Csv.parse(Csv.write(rows))).isEqualTo(rows);
    }

    @Test
    @DisplayName("RFC 4180 s.2(2): the last record may lack a line break; LF-only files are read too")
    void lenientLineEnds() {
        assertThat(Csv.parse("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
        assertThat(Csv.parse("")).isEmpty();
    }

    @Test
    @DisplayName("A quote inside an unquoted field is refused, naming the line")
    void aStrayQuoteIsRefused() {
        assertThatThrownBy(() -> Csv.parse("a,b\r\nc,d\"e\r\n")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("A quoted field that is never closed is refused, naming the line it opened on")
    void anUnclosedQuoteIsRefused() {
        assertThatThrownBy(() -> Csv.parse("a\r\n\"open,\r\nstill open")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 2");
    }

    @Test
    @DisplayName("Text after a closing quote is refused")
    void textAfterAClosingQuoteIsRefused() {
        assertThatThrownBy(() -> Csv.parse("\"a\"b,c")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("line 1");
    }
}
