package org.igkit.requests.port;

import java.time.LocalDate;
import java.util.Optional;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.register.InformationRequest;

/**
 * The request register's store. Optimistic locking and keyset paging as in docs/architecture.md; each list is
 * in a fixed order (given per method) and its cursor is opaque; a malformed cursor is a
 * {@link org.igkit.core.error.ValidationException} on {@code after}. Every query reads stored fields only
 * ({@code dueDate}, {@code received}, {@code closedOn}), so a SQL adapter answers with an index range scan.
 */
public interface RequestRepository {

    /**
     * Stores {@code request} if the stored version equals {@code request.version()} (0: not stored yet) and
     * returns the stored copy with the version incremented.
     *
     * @throws ConflictException {@code VERSION_MISMATCH} when the stored version differs, {@code ALREADY_EXISTS}
     *                           when version 0 is saved under an id that exists
     */
    InformationRequest save(InformationRequest request);

    /** The request with {@code id}, if stored. */
    Optional<InformationRequest> find(String id);

    /** The request with {@code id}, or a {@link NotFoundException}. */
    default InformationRequest get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("information request", id));
    }

    /** Open requests (no {@code closedOn}), ordered by id. */
    Page<InformationRequest> listOpen(PageRequest page);

    /**
     * Open requests whose stored {@code dueDate} is on or before {@code date} (due that day or overdue), ordered
     * by due date then id. Requests with no due date (no clock running) are not listed.
     */
    Page<InformationRequest> listDueOnOrBefore(LocalDate date, PageRequest page);

    /** Requests received in {@code [fromInclusive, toInclusive]}, open or closed, ordered by received then id. */
    Page<InformationRequest> listReceivedBetween(LocalDate fromInclusive, LocalDate toInclusive, PageRequest page);

    /** Requests closed in {@code [fromInclusive, toInclusive]}, ordered by closedOn then id. */
    Page<InformationRequest> listClosedBetween(LocalDate fromInclusive, LocalDate toInclusive, PageRequest page);
}
