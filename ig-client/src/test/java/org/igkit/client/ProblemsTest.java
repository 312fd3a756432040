package org.igkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.ServerSocket;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.client.invoker.ApiException;
import org.igkit.client.model.DeadlineRequest;
import org.igkit.client.model.FieldError;
import org.igkit.client.model.InformationAsset;
import org.igkit.client.model.InformationRequest;
import org.igkit.client.model.NewEvent;
import org.igkit.client.model.NewRequest;
import org.igkit.client.model.Problem;

/** Refusals arrive as typed exceptions carrying the server's problem+json. */
class ProblemsTest {
    private static RealServer server;
    private static IgClient igkit;

    @BeforeAll
    static void start() {
        server = RealServer.start();
        igkit = server.client(RealServer.ADMIN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    @DisplayName("A refused calculation is a ValidationProblemException: 422, its type, and every refused field by path")
    void validation() {
        ValidationProblemException refused = catchThrowableOfType(ValidationProblemException.class,
                () -> igkit.calculators().calculateDeadline(new DeadlineRequest().regime("FOIA").nation("ENGLAND")
                        .received("2 October 2024")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.getCode()).isEqualTo(422);
        assertThat(refused.type()).isEqualTo("urn:igkit:problem:validation");
        assertThat(refused.violations()).extracting(FieldError::getPath).containsExactly("received");
        assertThat(refused.violations().get(0).getRejectedValue()).isEqualTo("2 October 2024");
        assertThat(refused.getMessage()).startsWith("422 urn:igkit:problem:validation");
        assertThat(refused.getResponseBody()).contains("\"received\"");
    }

    @Test
    @DisplayName("A stale If-Match is a PreconditionFailedException (412) and the entity is unchanged; a missing one is not sent")
    void staleAndMissingIfMatch() {
        InformationRequest request = igkit.requests().receiveRequest(new NewRequest().id("R-412").regime("FOIA")
                .nation("ENGLAND").reference("FOI-412").requesterCategory("JOURNALIST").received(LocalDate.of(2024, 10, 2)));
        String read = ETags.of(request.getVersion());
        igkit.requests().addRequestEvent("R-412", read,
                new NewEvent().type("clarification_requested").date(LocalDate.of(2024, 10, 3)));

        PreconditionFailedException stale = catchThrowableOfType(PreconditionFailedException.class,
                () -> igkit.requests().addRequestEvent("R-412", read,
                        new NewEvent().type("clarification_received").date(LocalDate.of(2024, 10, 4))));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.type()).isEqualTo("urn:igkit:problem:precondition-failed");
        assertThat(igkit.requests().getRequest("R-412").getEvents()).hasSize(1);

        // the document makes If-Match required, so the client refuses a null one before sending anything
        int before = server.sent().size();
        ApiException missing = catchThrowableOfType(ApiException.class,
                () -> igkit.assets().replaceAsset("A-428", null, Fixtures.pupilRecords("A-428")));
        assertThat(missing).isNotInstanceOf(ProblemException.class).hasMessageContaining("ifMatch");
        assertThat(before).isPositive();
        assertThat(server.sent()).hasSize(before);
    }

    @Test
    @DisplayName("An id used twice is a ConflictProblemException (409) with its reason; an unknown one a NotFoundProblemException")
    void conflictAndNotFound() {
        igkit.assets().addAsset(Fixtures.pupilRecords("A-409"));
        ConflictProblemException twice = catchThrowableOfType(ConflictProblemException.class,
                () -> igkit.assets().addAsset(Fixtures.pupilRecords("A-409")));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.reason()).contains(Problem.ReasonEnum.ALREADY_EXISTS);

        NotFoundProblemException none = catchThrowableOfType(NotFoundProblemException.class,
                () -> igkit.assets().getAsset("NO-SUCH"));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.type()).isEqualTo("urn:igkit:problem:not-found");
    }

    @Test
    @DisplayName("No key is a 401 and a reader's key a 403: both ProblemExceptions, neither one of the named subclasses")
    void unauthenticatedAndForbidden() {
        ProblemException anonymous = catchThrowableOfType(ProblemException.class,
                () -> server.client(null).requests().listRequests(null, null, null));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.getClass()).isEqualTo(ProblemException.class);

        InformationAsset asset = Fixtures.pupilRecords("A-403");
        ProblemException reader = catchThrowableOfType(ProblemException.class,
                () -> server.client(RealServer.READER).assets().addAsset(asset));
        assertThat(reader.status()).isEqualTo(403);
        assertThat(reader.type()).isEqualTo("urn:igkit:problem:forbidden");
    }

    @Test
    @DisplayName("A server that is not there is an ApiException with code 0 and the cause, not a ProblemException")
    void noServer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        IgClient nowhere = IgClient.builder(URI.create("http://127.0.0.1:" + port)).build();

        ApiException refused = catchThrowableOfType(ApiException.class, () -> nowhere.server().getHealth());
        assertThat(refused).isNotInstanceOf(ProblemException.class);
        assertThat(refused.getCode()).isZero();
        assertThat(refused.getCause()).isInstanceOf(java.io.IOException.class);
    }
}
