package org.igkit.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.igkit.core.error.ValidationException;
import org.igkit.core.error.Violation;

/** One-line checks of the register's validation rules: {@code assertThatEntry(b).isRefusedAt("purposes")}. */
final class AssetAssertions {
    private final InformationAsset.Builder entry;

    private AssetAssertions(InformationAsset.Builder entry) {
        this.entry = entry;
    }

    static AssetAssertions assertThatEntry(InformationAsset.Builder entry) {
        return new AssetAssertions(entry);
    }

    /** The entry is refused, with a violation at each path given (and at no other). */
    AssetAssertions isRefusedAt(String... paths) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, entry::build);
        assertThat(refused).as("the entry should be refused").isNotNull();
        assertThat(refused.violations()).extracting(Violation::path).containsExactlyInAnyOrder(paths);
        return this;
    }

    /** The entry is refused at {@code path} with a message mentioning {@code words}. */
    AssetAssertions isRefusedAt(String path, String words) {
        ValidationException refused = catchThrowableOfType(ValidationException.class, entry::build);
        assertThat(refused).as("the entry should be refused").isNotNull();
        assertThat(refused.violations()).filteredOn(v -> v.path().equals(path)).singleElement()
                .extracting(Violation::message).asString().contains(words);
        return this;
    }

    /** The entry is accepted. */
    AssetAssertions isAccepted() {
        assertThatCode(entry::build).doesNotThrowAnyException();
        return this;
    }
}
