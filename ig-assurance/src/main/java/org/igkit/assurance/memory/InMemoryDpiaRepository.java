package org.igkit.assurance.memory;

import java.util.Optional;
import java.util.List;
import java.util.Objects;

import org.igkit.assets.AssetId;
import org.igkit.assurance.dpia.Dpia;
import org.igkit.assurance.port.DpiaRepository;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** A {@link DpiaRepository} in memory, thread-safe. */
public final class InMemoryDpiaRepository implements DpiaRepository {
    private final VersionedTable<Dpia> table = new VersionedTable<>("DPIA", Dpia::id, Dpia::version, Dpia::withVersion);

    private InMemoryDpiaRepository() {
    }

    /** An empty repository. */
    public static InMemoryDpiaRepository create() {
        return new InMemoryDpiaRepository();
    }

    @Override
    public Dpia save(Dpia row) {
        return table.save(row);
    }

    @Override
    public Optional<Dpia> find(String id) {
        return table.find(id);
    }

    @Override
    public Page<Dpia> list(PageRequest page) {
        return table.list(page, row -> true);
    }

    @Override
    public List<Dpia> covering(AssetId asset) {
        Objects.requireNonNull(asset, "asset");
        return table.all(dpia -> dpia.assets().contains(asset));
    }
}
