package org.igkit.rest.assurance;

import java.time.Clock;
import java.util.List;

import org.igkit.assurance.register.AssuranceOptions;
import org.igkit.assurance.register.AssurancePorts;
import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.assurance.report.BoardReports;
import org.igkit.assurance.report.RegisterFigures;
import org.igkit.assurance.roles.OrganisationProfile;
import org.igkit.breach.port.BreachRepository;
import org.igkit.requests.port.RequestRepository;
import org.igkit.retention.port.DisposalBatchRepository;
import org.igkit.retention.port.RecordRepository;

/**
 * The assurance resources over one assurance service and the board report over every register, as the server
 * serves them. The organisation is taken to be a county or unitary council (financial-year attestation, no
 * Caldicott Guardian unless adult social care) until the server is told its type.
 */
public final class AssuranceResources {
    private AssuranceResources() {
    }

    /** The resources over {@code ports}, the board report reading the other registers too. */
    public static List<Object> of(AssurancePorts ports, RequestRepository requests, BreachRepository breaches,
                                  RecordRepository records, DisposalBatchRepository disposalBatches, Clock clock) {
        AssuranceOptions options = AssuranceOptions.defaultsFor(
                OrganisationProfile.of(OrganisationProfile.Type.COUNTY_OR_UNITARY_COUNCIL));
        AssuranceRegister register = AssuranceRegister.of(ports, options, clock);
        BoardReports reports = BoardReports.over(requests, breaches, records, disposalBatches,
                RegisterFigures.over(ports, options), clock);
        return List.of(new PolicyResource(register.policies()), new AttestationResource(register.attestations(), clock),
                new TrainingResource(register.training(), clock), new DpiaResource(register.dpias()),
                new SharingAgreementResource(register.sharing(), clock), new RoleResource(register.roles()),
                new DsptResource(register.dspt()), new BoardReportResource(reports));
    }
}
