package org.igkit.store.sqlite;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.igkit.assets.AssetId;
import org.igkit.assets.AssetQuery;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.register.AssetRegister;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.BreachType;
import org.igkit.breach.facts.CategoryScore;
import org.igkit.breach.facts.DataCategory;
import org.igkit.breach.facts.DsptGrade;
import org.igkit.breach.facts.EnisaInput;
import org.igkit.breach.facts.Exfiltration;
import org.igkit.breach.facts.Quarters;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.log.BreachRecord;
import org.igkit.breach.register.BreachRegister;
import org.igkit.core.Nation;
import org.igkit.core.paging.PageRequest;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.handling.RequestRegister;
import org.igkit.requests.memory.InMemorySchoolCalendars;
import org.igkit.requests.regime.RegimeId;
import org.igkit.requests.register.InformationRequest;
import org.igkit.requests.register.Outcome;
import org.igkit.requests.register.RequesterCategory;

/**
 * The child JVM of {@link KilledWritersTest}: writers on several threads change breaches, requests and assets through
 * their services, over one SQLite store and its unit of work, until the test kills the process. It prints
 * {@code ready} once the store is open and the first changes are committed.
 *
 * <p>Arguments: the database file, the prefix of the ids this run writes, the number of writer threads.
 */
public final class KilledWritersChild {
    private KilledWritersChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int threads = Integer.parseInt(args[2]);
        Clock clock = Clock.systemUTC();
        SqliteStore store = SqliteStore.open(file);
        BreachRegister breaches = BreachRegister.of(store.breaches(), BreachAssessor.withDefaults(clock),
                store.auditLog(), store.unitOfWork(), clock);
        RequestRegister requests = RequestRegister.of(store.requests(), DeadlineEngine.shipped(clock),
                InMemorySchoolCalendars.create(), store.auditLog(), store.unitOfWork(), clock);
        AssetRegister assets = AssetRegister.of(store.assets(), store.auditLog(), store.unitOfWork(), clock);
        BreachFacts facts = BreachFacts.builder(OffsetDateTime.parse("2026-05-08T16:00:00Z"))
                .regimes(Regime.UK_GDPR)
                .breachTypes(BreachType.CONFIDENTIALITY)
                .enisa(new EnisaInput(null, List.of(CategoryScore.basic(DataCategory.SIMPLE)), Quarters.ofWhole(1),
                        Quarters.ZERO, Quarters.ZERO, Quarters.ZERO, false))
                .individuals(3)
                .exfiltration(Exfiltration.EXCLUDED_BY_EVIDENCE)
                .dspt(DsptGrade.of(1, 2))
                .build();

        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String id = prefix + "-" + t;
            Thread writer = new Thread(() -> {
                try {
                    write(id, breaches, requests, assets, facts);
                } catch (RuntimeException e) {
                    // a writer must only ever stop by being killed: say why and end, so the test fails
                    System.out.println("failed: " + e);
                    System.out.flush();
                    Runtime.getRuntime().halt(1);
                }
            }, "writer-" + t);
            writer.setDaemon(true);
            writers.add(writer);
        }
        writers.forEach(Thread::start);
        // ready once every writer has been round its loop: each register then holds rows
        while (store.auditLog().size() < 6L * threads
                || store.assets().search(AssetQuery.all(), PageRequest.first(1)).items().isEmpty()) {
            Thread.sleep(5);
        }
        System.out.println("ready");
        System.out.flush();
        for (Thread writer : writers) {
            writer.join();
        }
    }

    private static void write(String id, BreachRegister breaches, RequestRegister requests, AssetRegister assets,
                              BreachFacts facts) {
        for (int i = 0; ; i++) {
            String n = id + "-" + i;
            BreachRecord logged = breaches.log("b-" + n, "BR-" + n, "letter to the wrong address", facts,
                    "dpo");
            breaches.recordAction(logged.id(), logged.version(), "recalled", "dpo");
            InformationRequest received = requests.receive(InformationRequest.received("r-" + n,
                    RegimeId.FOIA, Nation.ENGLAND, "FOI-" + n, RequesterCategory.MEMBER_OF_PUBLIC,
                    LocalDate.of(2026, 5, 1)), "officer");
            requests.close(received.id(), received.version(), LocalDate.of(2026, 5, 6), Outcome.GRANTED,
                    "officer");
            InformationAsset added = assets.add(asset(n).build(), "iao").asset();
            assets.replace(asset(n).description("moved").build(), added.version(), "iao");
        }
    }

    private static InformationAsset.Builder asset(String n) {
        return InformationAsset.builder(AssetId.of("A-" + n), "Asset " + n).businessArea("Estates")
                .assetOwner("Head of Estates").dataOwner("Records officer");
    }
}
