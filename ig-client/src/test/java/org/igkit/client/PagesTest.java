package org.igkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.client.model.InformationRequest;
import org.igkit.client.model.InformationRequestPage;
import org.igkit.client.model.NewRequest;

/** Paged lists as one iterator over the real server's cursors. */
class PagesTest {
    private static RealServer server;
    private static IgClient igkit;

    @BeforeAll
    static void start() {
        server = RealServer.start();
        igkit = server.client(RealServer.ADMIN);
        for (int i = 1; i <= 5; i++) {
            igkit.requests().receiveRequest(new NewRequest().id("R-" + i).regime("FOIA").nation("ENGLAND")
                    .reference("FOI-" + i).requesterCategory("JOURNALIST").received(LocalDate.of(2024, 10, i)));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("Five requests, two a page: the iterator gives all five in the server's order over three calls")
    void iteratesEveryPage() {
        AtomicInteger calls = new AtomicInteger();
        Iterator<InformationRequest> all = Pages.iterate(after -> {
            calls.incrementAndGet();
            return igkit.requests().listRequests(null, 2, after);
        }, InformationRequestPage::getItems, InformationRequestPage::getNext);

        List<String> ids = new ArrayList<>();
        all.forEachRemaining(request -> ids.add(request.getId()));

        assertThat(ids).containsExactly("R-1", "R-2", "R-3", "R-4", "R-5");
        assertThat(calls).hasValue(3);
        assertThat(all.hasNext()).isFalse();
        assertThatThrownBy(all::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("A loop that stops early asks for no more pages; the stream form gives the same items")
    void asksOnlyForWhatIsUsed() {
        AtomicInteger calls = new AtomicInteger();
        Iterator<InformationRequest> all = Pages.iterate(after -> {
            calls.incrementAndGet();
            return igkit.requests().listRequests(null, 2, after);
        }, InformationRequestPage::getItems, InformationRequestPage::getNext);
        assertThat(all.next().getId()).isEqualTo("R-1");
        assertThat(calls).hasValue(1);

        String due = Pages.stream(after -> igkit.requests().listRequests(LocalDate.of(2024, 10, 31), 2, after),
                        InformationRequestPage::getItems, InformationRequestPage::getNext)
                .map(InformationRequest::getId).collect(Collectors.joining(","));
        // 20 working days: received 1, 2 and 3 October, due 29, 30 and 31 October; two pages of two
        assertThat(due).isEqualTo("R-1,R-2,R-3");
    }
}
