package org.igkit.examples.http;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.igkit.client.ETags;
import org.igkit.client.IgClient;
import org.igkit.client.PreconditionFailedException;
import org.igkit.client.ValidationProblemException;
import org.igkit.client.invoker.ApiException;
import org.igkit.client.invoker.ApiResponse;
import org.igkit.client.model.AssessmentRequest;
import org.igkit.client.model.AssessmentResponse;
import org.igkit.client.model.CalculationRequest;
import org.igkit.client.model.CalculationResponse;
import org.igkit.client.model.DeadlineRequest;
import org.igkit.client.model.DeadlineResponse;
import org.igkit.client.model.EventJson;
import org.igkit.client.model.FieldError;
import org.igkit.client.model.Health;
import org.igkit.client.model.InformationRequest;
import org.igkit.client.model.NewEvent;
import org.igkit.client.model.NewRequest;
import org.igkit.client.model.StepJson;

/**
 * Example 3: a line-of-business application (say, a council's customer-services system) calling the igkit server
 * over HTTP with {@code ig-client}, the typed Java client of the HTTP API: one method per operation, the answers
 * as typed models, a refusal as a typed exception, {@code If-Match} from the entity's version.
 *
 * <p>Start the server first, from the repository root:
 * <pre>
 *   ./mvnw -q -DskipTests package &amp;&amp; java -jar ig-rest/target/igkit-server.jar
 * </pre>
 * and, to let the example use the request register too, give the server a key with the DPO role and the example the
 * same key:
 * <pre>
 *   IG_AUTH_KEYS='example-dpo-key-0123456789:DPO' java -jar ig-rest/target/igkit-server.jar
 *   IG_API_KEY='example-dpo-key-0123456789' ./mvnw -q -pl ig-examples -am package -DskipTests -Dexample=http
 * </pre>
 * The server's address is the first argument, or {@code IG_URL}, or {@code http://127.0.0.1:8080/}.
 *
 * <p>It checks {@code /health}, asks the three stateless calculators (an FOI deadline, a retention date, a breach
 * assessment), shows how a refused input comes back (a {@link ValidationProblemException} listing each field), and
 * with a key records a subject access request in the register, adds an event with {@code If-Match}, shows a stale
 * one refused, and reads its deadline.
 */
public final class LineOfBusinessExample {
    /** Where the server listens unless told otherwise. */
    public static final URI DEFAULT_URL = URI.create("http://127.0.0.1:8080/");
    /** How to start the server, printed when it cannot be reached. */
    public static final String HOW_TO_START = "./mvnw -q -DskipTests package && java -jar ig-rest/target/igkit-server.jar";

    private final IgClient igkit;
    private final URI base;
    private final boolean withKey;

    private LineOfBusinessExample(URI base, String apiKey) {
        this.base = base;
        this.withKey = apiKey != null && !apiKey.isBlank();
        this.igkit = IgClient.builder(base).apiKey(apiKey).build();
    }

    /** Runs against the server at {@code args[0]}, {@code IG_URL} or {@link #DEFAULT_URL}; exits 1 if unreachable. */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : System.getenv().getOrDefault("IG_URL", DEFAULT_URL.toString());
        int status = run(System.out, URI.create(url), System.getenv("IG_API_KEY"));
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the example against the server at {@code base}, printing to {@code out}.
     *
     * @param out where the example prints
     * @param base the server's address
     * @param apiKey a key with the DPO role, or {@code null} to use the open calculators only
     * @return 0, or 1 when the server cannot be reached
     */
    public static int run(PrintStream out, URI base, String apiKey) {
        return new LineOfBusinessExample(base, apiKey).run(out);
    }

    private int run(PrintStream out) {
        ApiResponse<Health> health;
        try {
            health = igkit.server().getHealthWithHttpInfo();
        } catch (ApiException e) {
            if (!(e.getCause() instanceof ConnectException)) {
                throw e;
            }
            out.println("No igkit server answers at " + base + ". Start it first, from the repository root:");
            out.println("  " + HOW_TO_START);
            return 1;
        }
        out.println("igkit at " + base + ": " + health.getStatusCode() + " " + health.getData().getStatus());
        out.println();

        DeadlineResponse foi = igkit.calculators().calculateDeadline(new DeadlineRequest()
                .regime("FOIA").nation("ENGLAND").received("2024-10-02")
                .events(List.of(new EventJson().type("clarification_requested").date(LocalDate.of(2024, 10, 3)),
                        new EventJson().type("clarification_received").date(LocalDate.of(2024, 10, 10))))
                .asOf(LocalDate.of(2024, 10, 15)));
        out.println("FOI request received 2 October 2024, clarified 10 October:");
        out.println("  due " + foi.getDueDate() + ", at the latest " + foi.getLatestDueDate()
                + ", status " + foi.getStatus() + " (calendar " + foi.getCalendarVersion() + ")");
        for (StepJson step : foi.getExplanation()) {
            out.println("  - " + step.getText());
        }
        out.println();

        CalculationResponse retention = igkit.calculators().calculateRetention(new CalculationRequest()
                .ruleText("CFY(processed) + 6y").action("SECURE_DESTROY")
                .putFactsItem("processed", "2012-06-15").asOf(LocalDate.of(2026, 5, 9)));
        out.println("Invoice processed 15 June 2012 under 'CFY(processed) + 6y':");
        out.println("  " + retention.getStatus() + " since " + retention.getDueDate() + ", action "
                + retention.getAction() + ", eligible now: " + retention.getEligibleNow());
        out.println();

        AssessmentResponse breach = igkit.calculators().assessBreach(healthDataBreach());
        out.println("Breach of health data, aware Friday 29 March 2024 16:00 UTC:");
        out.println("  ENISA " + breach.getEnisa().getScore() + " (" + breach.getEnisa().getBand() + "), risk "
                + breach.getRiskTier() + ", notify the ICO: " + breach.getNotifyCommissioner().getRequired()
                + " by " + breach.getNotifyCommissioner().getDeadline()
                + ", tell the people affected: " + breach.getCommunicateDataSubjects());
        out.println();

        try {
            igkit.calculators().calculateDeadline(new DeadlineRequest().regime("FOIA").received("2024-10-02")
                    .events(List.of(new EventJson().type("clarification_received").date(LocalDate.of(2024, 9, 30))))
                    .asOf(LocalDate.of(2024, 10, 15)));
        } catch (ValidationProblemException refused) {
            out.println("A timeline with mistakes is refused: " + refused.status() + " " + refused.title());
            for (FieldError error : refused.violations()) {
                out.println("  " + error.getPath() + ": " + error.getMessage());
            }
        }

        if (!withKey) {
            out.println();
            out.println("(Set IG_API_KEY to a key with the DPO role to record a request in the register too.)");
            return 0;
        }
        out.println();
        ApiResponse<InformationRequest> received = igkit.requests().receiveRequestWithHttpInfo(new NewRequest()
                .regime("UKGDPR_SAR").nation("ENGLAND").reference("SAR-2024-0042")
                .requesterCategory("DATA_SUBJECT").received(LocalDate.of(2024, 9, 3)));
        InformationRequest sar = received.getData();
        out.println("Recorded " + sar.getReference() + ": " + received.getStatusCode() + ", due "
                + sar.getDueDate() + ", ETag " + ETags.of(received).orElse("?"));
        InformationRequest asked = igkit.requests().addRequestEvent(sar.getId(), ETags.of(sar.getVersion()),
                new NewEvent().type("id_requested").date(LocalDate.of(2024, 9, 4)));
        out.println("Asked for proof of identity: 200, ETag now " + ETags.of(asked.getVersion()));
        try {
            igkit.requests().addRequestEvent(sar.getId(), ETags.of(sar.getVersion()),
                    new NewEvent().type("id_received").date(LocalDate.of(2024, 9, 10)));
        } catch (PreconditionFailedException stale) {
            out.println("The same update with the old ETag: " + stale.status() + " " + stale.title());
        }
        igkit.requests().addRequestEvent(sar.getId(), ETags.of(asked.getVersion()),
                new NewEvent().type("id_received").date(LocalDate.of(2024, 9, 10)));
        DeadlineResponse deadline = igkit.requests().getRequestDeadline(sar.getId(), LocalDate.of(2024, 9, 20));
        out.println("Identity received 10 September: due " + deadline.getDueDate() + ", " + deadline.getStatus());
        return 0;
    }

    /** Special category data of 40 people, exfiltration confirmed. */
    private AssessmentRequest healthDataBreach() {
        try {
            return igkit.mapper().readValue("""
                    {"awareness": "2024-03-29T16:00:00Z", "regimes": ["UK_GDPR"], "breachTypes": ["CONFIDENTIALITY"],
                     "enisa": {"dataCategories": [{"category": "SENSITIVE", "score": 4}],
                               "ei": 0.75, "confidentiality": 0.5, "integrity": 0, "availability": 0, "malicious": false},
                     "specialCategories": true, "individuals": 40, "exfiltration": "CONFIRMED"}""",
                    AssessmentRequest.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the example's own breach facts do not read", e);
        }
    }
}
