package org.igkit.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.igkit.client.invoker.ApiResponse;

/**
 * The {@code If-Match} value an update needs. The server's ETag of an entity is its version as a strong tag
 * ({@code "3"}), and every entity the client reads carries that version, so the usual update is
 * {@code replaceAsset(id, ETags.of(asset.getVersion()), asset)}. A stale one is refused with a
 * {@link PreconditionFailedException}: read the entity again and decide.
 */
public final class ETags {
    private ETags() {
    }

    /**
     * @param version the entity's {@code version}, as read
     * @return the strong entity tag of that version, quotes included: {@code "3"}
     */
    public static String of(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more: " + version);
        }
        return "\"" + version + "\"";
    }

    /**
     * @param response a response read with one of the {@code ...WithHttpInfo} methods
     * @return its {@code ETag} header, when it has one
     */
    public static Optional<String> of(ApiResponse<?> response) {
        Map<String, List<String>> headers = response.getHeaders();
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("ETag"))
                .flatMap(header -> header.getValue().stream())
                .findFirst();
    }
}
