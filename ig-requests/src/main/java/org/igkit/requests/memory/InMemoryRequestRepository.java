package org.igkit.requests.memory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.port.RequestRepository;
import org.igkit.requests.register.InformationRequest;

/**
 * A {@link RequestRepository} in a map. Lists are computed by filtering and sorting, which is fine for the
 * thousands of requests a body holds in memory; a database adapter uses indexes instead. Thread-safe.
 */
public final class InMemoryRequestRepository implements RequestRepository {
    private static final String TYPE = "information request";
    private final TreeMap<String, InformationRequest> byId = new TreeMap<>();

    private InMemoryRequestRepository() {
    }

    /** An empty repository. */
    public static InMemoryRequestRepository create() {
        return new InMemoryRequestRepository();
    }

    @Override
    public synchronized InformationRequest save(InformationRequest request) {
        Objects.requireNonNull(request, "request");
        InformationRequest stored = byId.get(request.id());
        if (request.version() == 0 && stored != null) {
            throw ConflictException.alreadyExists(TYPE, request.id());
        }
        long storedVersion = stored == null ? 0 : stored.version();
        if (storedVersion != request.version()) {
            throw ConflictException.versionMismatch(TYPE, request.id(), request.version(), storedVersion);
        }
        InformationRequest saved = request.withVersion(request.version() + 1);
        byId.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<InformationRequest> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Page<InformationRequest> listOpen(PageRequest page) {
        String after = page.findAfterCursor().orElse(null);
        return Page.of(byId.values().stream()
                .filter(InformationRequest::isOpen)
                .filter(r -> after == null || r.id().compareTo(after) > 0)
                .limit(page.limit() + 1L)
                .toList(), page.limit(), InformationRequest::id);
    }

    @Override
    public synchronized Page<InformationRequest> listDueOnOrBefore(LocalDate date, PageRequest page) {
        Objects.requireNonNull(date, "date");
        return keyed(page, r -> r.isOpen() && r.dueDate() != null && !r.dueDate().isAfter(date),
                InformationRequest::dueDate);
    }

    @Override
    public synchronized Page<InformationRequest> listReceivedBetween(LocalDate fromInclusive, LocalDate toInclusive,
                                                                     PageRequest page) {
        return keyed(page, r -> !r.received().isBefore(fromInclusive) && !r.received().isAfter(toInclusive),
                InformationRequest::received);
    }

    @Override
    public synchronized Page<InformationRequest> listClosedBetween(LocalDate fromInclusive, LocalDate toInclusive,
                                                                   PageRequest page) {
        return keyed(page, r -> r.closedOn() != null && !r.closedOn().isBefore(fromInclusive)
                && !r.closedOn().isAfter(toInclusive), InformationRequest::closedOn);
    }

    /** A page ordered by (date key, id), the cursor being "date|id". */
    private Page<InformationRequest> keyed(PageRequest page, Predicate<InformationRequest> filter,
                                           Function<InformationRequest, LocalDate> key) {
        Optional<Cursor> cursor = page.findAfterCursor().map(Cursor::parse);
        Comparator<InformationRequest> order = Comparator.comparing(key).thenComparing(InformationRequest::id);
        List<InformationRequest> rest = byId.values().stream()
                .filter(filter)
                .filter(r -> cursor.isEmpty() || cursor.get().isBefore(key.apply(r), r.id()))
                .sorted(order)
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(rest, page.limit(), r -> key.apply(r) + "|" + r.id());
    }

    /** The last (date, id) a page handed out. */
    private record Cursor(LocalDate date, String id) {
        static Cursor parse(String text) {
            int bar = text.indexOf('|');
            if (bar <= 0 || bar == text.length() - 1) {
                throw new ValidationException("after", "is not a cursor this list handed out", text);
            }
            try {
                return new Cursor(LocalDate.parse(text.substring(0, bar)), text.substring(bar + 1));
            } catch (DateTimeParseException e) {
                throw new ValidationException("after", "is not a cursor this list handed out", text);
            }
        }

        boolean isBefore(LocalDate otherDate, String otherId) {
            int byDate = date.compareTo(otherDate);
            return byDate < 0 || byDate == 0 && id.compareTo(otherId) < 0;
        }
    }
}
