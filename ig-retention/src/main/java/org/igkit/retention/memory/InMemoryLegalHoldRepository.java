package org.igkit.retention.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.igkit.core.error.ConflictException;
import org.igkit.core.error.NotFoundException;
import org.igkit.core.error.ValidationException;
import org.igkit.retention.hold.LegalHold;
import org.igkit.retention.port.LegalHoldRepository;

/** A {@link LegalHoldRepository} in a map. */
public final class InMemoryLegalHoldRepository implements LegalHoldRepository {
    private static final Comparator<LegalHold> BY_PLACED_THEN_ID =
            Comparator.comparing(LegalHold::placedOn).thenComparing(LegalHold::id);
    private final Map<String, LegalHold> holds = new LinkedHashMap<>();

    private InMemoryLegalHoldRepository() {
    }

    /** An empty repository. */
    public static InMemoryLegalHoldRepository create() {
        return new InMemoryLegalHoldRepository();
    }

    @Override
    public synchronized LegalHold place(LegalHold hold) {
        return placeAll(List.of(hold)).get(0);
    }

    @Override
    public synchronized List<LegalHold> placeAll(List<LegalHold> toPlace) {
        Objects.requireNonNull(toPlace, "holds");
        ValidationException.Collector problems = ValidationException.collector();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < toPlace.size(); i++) {
            LegalHold h = toPlace.get(i);
            if (h == null) {
                problems.add("holds[" + i + "]", "must not be null", null);
                continue;
            }
            problems.require(h.recordId() != null, "holds[" + i + "].recordId", "a stored hold is on a record", null);
            problems.require(h.version() == 0, "holds[" + i + "].version", "a new hold has version 0", h.version());
            problems.require(!h.isReleased(), "holds[" + i + "].releasedOn", "a new hold is not released", h.releasedOn());
            problems.require(ids.add(h.id()), "holds[" + i + "].id", "appears twice", h.id());
        }
        problems.throwIfAny();
        for (LegalHold h : toPlace) {
            if (holds.containsKey(h.id())) {
                throw ConflictException.alreadyExists("legal hold", h.id());
            }
        }
        List<LegalHold> placed = new ArrayList<>();
        for (LegalHold h : toPlace) {
            LegalHold saved = h.withVersion(1);
            holds.put(saved.id(), saved);
            placed.add(saved);
        }
        return placed;
    }

    @Override
    public synchronized LegalHold release(String holdId, LocalDate releasedOn, String reason) {
        LegalHold stored = holds.get(holdId);
        if (stored == null) {
            throw new NotFoundException("legal hold", holdId);
        }
        if (stored.isReleased()) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE,
                    "legal hold '" + holdId + "' was already released on " + stored.releasedOn());
        }
        LegalHold released = stored.releasedOn(releasedOn, reason).withVersion(stored.version() + 1);
        holds.put(holdId, released);
        return released;
    }

    @Override
    public synchronized Optional<LegalHold> find(String holdId) {
        return Optional.ofNullable(holds.get(holdId));
    }

    @Override
    public synchronized List<LegalHold> holdsOn(String recordId) {
        return holds.values().stream().filter(h -> recordId.equals(h.recordId())).sorted(BY_PLACED_THEN_ID).toList();
    }
}
