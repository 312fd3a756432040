package org.igkit.rest.server;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.breach.assessment.AssessmentPolicy;
import org.igkit.breach.assessment.BreachAssessor;
import org.igkit.breach.register.BreachRegister;
import org.igkit.requests.engine.DeadlineEngine;
import org.igkit.requests.handling.RequestRegister;
import org.igkit.requests.memory.InMemorySchoolCalendars;
import org.igkit.assets.Organisation;
import org.igkit.assets.register.AssetRegister;
import org.igkit.core.audit.query.AuditCheckpoints;
import org.igkit.core.audit.query.AuditQueries;
import org.igkit.rest.assets.AssetResource;
import org.igkit.rest.assurance.AssuranceResources;
import org.igkit.rest.audit.AuditResource;
import org.igkit.rest.requests.RequestResource;
import org.igkit.rest.breach.BreachAssessmentResource;
import org.igkit.rest.breach.BreachLogResource;
import org.igkit.rest.deadlines.DeadlineResource;
import org.igkit.rest.auth.ApiKeyFilter;
import org.igkit.rest.health.HealthResource;
import org.igkit.rest.http.BodyLimitFilter;
import org.igkit.rest.http.CorsFilter;
import org.igkit.rest.http.NotModifiedFilter;
import org.igkit.rest.http.ProblemJsonAccept;
import org.igkit.json.JsonMapping;
import org.igkit.rest.json.ObjectMapperResolver;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.rest.openapi.OpenApiResource;
import org.igkit.rest.problem.ConflictExceptionMapper;
import org.igkit.rest.problem.JsonProcessingExceptionMapper;
import org.igkit.rest.problem.NotFoundExceptionMapper;
import org.igkit.rest.problem.UnexpectedExceptionMapper;
import org.igkit.rest.problem.ValidationExceptionMapper;
import org.igkit.rest.problem.WebApplicationExceptionMapper;
import org.igkit.rest.retention.DisposalResource;
import org.igkit.rest.retention.RecordImportResource;
import org.igkit.rest.retention.RetentionCalculationResource;
import org.igkit.rest.retention.HoldResource;
import org.igkit.rest.retention.RecordResource;
import org.igkit.rest.retention.ScheduleResource;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.port.RetentionPorts;
import org.igkit.retention.register.RecordImports;
import org.igkit.retention.register.RetentionRegister;
import org.igkit.retention.sweep.DisposalService;
import org.igkit.retention.rule.LeapDayPolicy;
import org.igkit.retention.rule.RetentionCalendar;

/** The Jersey application: every resource, filter, mapper and the JSON mapping, wired to the composition root. */
public final class IgApplication {
    /** The API version shown in the OpenAPI document. */
    public static final String API_VERSION = "0.1.0";

    private IgApplication() {
    }

    /** The resource instances served, wired to {@code root}'s ports. */
    public static List<Object> resources(ServerSettings settings, CompositionRoot root) {
        Clock clock = root.clock();
        RetentionCalendar calendar = RetentionCalendar.of(settings.financialYearStart(), settings.academicYearStart(),
                settings.taxYearStart(), LeapDayPolicy.valueOf(settings.leapDayPolicy()));
        DeadlineEngine deadlines = DeadlineEngine.shipped(clock);
        BreachAssessor assessor = assessor(settings, clock);
        RetentionPorts retention = RetentionPorts.of(root.records(), root.schedules(), root.holds(),
                root.disposalBatches(), root.auditLog(), root.unitOfWork());
        RetentionRegister register = RetentionRegister.over(retention, RetentionCalculator.using(calendar), clock);
        List<Object> assurance = AssuranceResources.of(root.assurance(), root.requests(), root.breaches(),
                root.records(), root.disposalBatches(), clock);
        return java.util.stream.Stream.concat(List.<Object>of(
                new HealthResource(root.storeProbe()),
                new DeadlineResource(deadlines, settings.nation()),
                new RetentionCalculationResource(calendar, clock),
                new BreachAssessmentResource(assessor),
                new RequestResource(RequestRegister.of(root.requests(), deadlines, InMemorySchoolCalendars.create(),
                        root.auditLog(), root.unitOfWork(), clock)),
                new BreachLogResource(breachRegister(root, assessor)),
                new AssetResource(AssetRegister.of(root.assets(), root.auditLog(), root.unitOfWork(), clock),
                        organisation(settings)),
                new ScheduleResource(register),
                new RecordResource(register),
                new HoldResource(register),
                new RecordImportResource(RecordImports.over(retention, root.recordImporter(),
                        RetentionCalculator.using(calendar), clock)),
                new DisposalResource(DisposalService.over(retention, RetentionCalculator.using(calendar), clock),
                        clock),
                new AuditResource(AuditQueries.over(root.auditLog()), AuditCheckpoints.over(root.auditLog(), root.unitOfWork(), clock)))
                .stream(), assurance.stream()).toList();
    }

    /** The breach assessor behind every answer, REST or console: one policy, from the settings. */
    static BreachAssessor assessor(ServerSettings settings, Clock clock) {
        return BreachAssessor.of(AssessmentPolicy.defaults().withRegulatorName(settings.regulatorName())
                .withNisAuthorityName(settings.nisAuthorityName()), clock);
    }

    /** The breach log over the store, each change and its audit entry in the store's unit of work. */
    static BreachRegister breachRegister(CompositionRoot root, BreachAssessor assessor) {
        return BreachRegister.of(root.breaches(), assessor, root.auditLog(), root.unitOfWork(), root.clock());
    }

    private static Organisation organisation(ServerSettings settings) {
        Organisation organisation = Organisation.of(settings.organisation().name(), settings.organisation().contact());
        return settings.organisation().dpo().isBlank() ? organisation : organisation.withDpo(settings.organisation().dpo());
    }

    /** The configuration Jersey runs: resources, the OpenAPI document over them, auth, limits, errors, JSON. */
    public static ResourceConfig of(ServerSettings settings, CompositionRoot root) {
        ObjectMapper mapper = JsonMapping.newMapper();
        List<Object> resources = resources(settings, root);
        Set<Class<?>> documented = new LinkedHashSet<>();
        resources.forEach(r -> documented.add(r.getClass()));
        documented.add(OpenApiResource.class);

        ResourceConfig config = new ResourceConfig();
        resources.forEach(config::register);
        config.register(new OpenApiResource(OpenApiDocument.of(documented, API_VERSION)));
        // the console's pages are not API operations: registered after the OpenAPI document is made from the resources
        ConsoleWiring.register(config, settings, root);
        config.register(new BodyLimitFilter(settings.maxBodyBytes(), settings.importLimitBytes()));
        config.register(new ApiKeyFilter(settings.keyring(), settings.openCalculators()));
        config.register(CorsFilter.allowing(settings.corsAllowedOrigins()));
        config.register(NotModifiedFilter.class);
        config.register(ProblemJsonAccept.class);
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new ObjectMapperResolver(mapper));
        config.register(JsonProcessingExceptionMapper.class);
        config.register(ValidationExceptionMapper.class);
        config.register(NotFoundExceptionMapper.class);
        config.register(ConflictExceptionMapper.class);
        config.register(WebApplicationExceptionMapper.class);
        config.register(new UnexpectedExceptionMapper(root.clock()));
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        // everything Jersey serves is registered above: no class-path look-ups for more providers or features, and
        // none of the XML, image and DataSource body providers
        config.property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true);
        config.property(ServerProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(CommonProperties.PROVIDER_DEFAULT_DISABLE, "ALL");
        return config;
    }
}
