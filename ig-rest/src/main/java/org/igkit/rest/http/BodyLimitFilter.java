package org.igkit.rest.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;

import org.igkit.rest.problem.ProblemResponses;
import org.igkit.rest.problem.ProblemType;

/**
 * 413 for a body larger than {@code ig.http.max-body-bytes}: at once when {@code Content-Length} says so, and
 * while reading when the body comes chunked, so that no request can make the server buffer more than the limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = "/" + request.getUriInfo().getPath();
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw ProblemResponses.raise(ProblemType.MALFORMED_REQUEST, "Content-Length is not a number", path);
            }
            if (length > maxBytes) {
                throw tooLarge(path);
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes, path));
        }
    }

    private RuntimeException tooLarge(String path) {
        return ProblemResponses.raise(ProblemType.BODY_TOO_LARGE,
                "the body exceeds the limit of " + maxBytes + " bytes (ig.http.max-body-bytes)", path);
    }

    /** Counts what is read and refuses to go past the limit. */
    private final class LimitedStream extends FilterInputStream {
        private final long limit;
        private final String path;
        private long read;

        LimitedStream(InputStream in, long limit, String path) {
            super(in);
            this.limit = limit;
            this.path = path;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw tooLarge(path);
            }
        }
    }
}
