package org.igkit.rest.server;

import java.time.Clock;

import org.glassfish.jersey.server.ResourceConfig;

import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.register.BreachRegister;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.rest.console.ConsoleAssets;
import org.igkit.rest.console.ConsolePageFilter;
import org.igkit.rest.console.Views;
import org.igkit.rest.console.calculator.CalculatorPage;
import org.igkit.rest.console.pages.BreachAssessmentPage;
import org.igkit.rest.console.pages.DashboardPage;
import org.igkit.rest.console.session.ConsoleSessions;
import org.igkit.rest.console.session.SessionGate;
import org.igkit.rest.console.session.SignInPage;

/**
 * The console's pages, wired like the REST resources: the same engines and services, built by the same factories
 * from the same settings and ports, and the server's own keyring for signing in.
 */
final class ConsoleWiring {
    private ConsoleWiring() {
    }

    static void register(ResourceConfig config, ServerSettings settings, CompositionRoot root) {
        Clock clock = root.clock();
        String organisation = settings.organisation().name();
        Views views = Views.precompiled();
        SessionGate gate = new SessionGate(ConsoleSessions.of(clock, settings.consoleIdleTimeout()));
        // the same assessor and breach log the REST resources get, so a page and the API never answer differently
        BreachAssessor assessor = IgApplication.assessor(settings, clock);
        BreachRegister breaches = IgApplication.breachRegister(root, assessor);
        config.register(ConsoleAssets.load());
        config.register(new ConsolePageFilter(views, organisation));
        config.register(new CalculatorPage(DeadlineEngine.shipped(clock), settings.nation(), views, organisation, clock));
        config.register(new SignInPage(settings.keyring(), gate, views, organisation));
        config.register(new DashboardPage(gate, views, organisation));
        config.register(new BreachAssessmentPage(assessor, breaches, gate, views, organisation));
    }
}
