package org.igkit.rest.console.pages;

import java.util.Objects;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

import org.igkit.rest.auth.OpenEndpoint;
import org.igkit.rest.auth.Role;
import org.igkit.rest.console.Frame;
import org.igkit.rest.console.Views;
import org.igkit.rest.console.session.Session;
import org.igkit.rest.console.session.SessionGate;

/**
 * {@code GET /console/}: the signed-in home page, listing what the caller's roles let them do. Open to Jersey's key
 * filter (a browser sends no {@code Authorization} header); the session gate guards it instead.
 */
@Path("/console")
@OpenEndpoint
public final class DashboardPage {
    private final SessionGate gate;
    private final Views views;
    private final String organisation;

    public DashboardPage(SessionGate gate, Views views, String organisation) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.views = Objects.requireNonNull(views, "views");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
    }

    @GET
    @Produces("text/html; charset=utf-8")
    public String show(@Context HttpHeaders headers) {
        Session session = gate.page(headers, Role.READER);
        return views.render("dashboard.jte", new DashboardView(Frame.of(organisation, "Dashboard", session.signedIn()),
                session.caller().holds(Role.DPO)));
    }

    /**
     * The dashboard.
     *
     * @param frame the layout
     * @param dpo   whether the caller may record breaches (DPO or ADMIN)
     */
    public record DashboardView(Frame frame, boolean dpo) {
    }
}
