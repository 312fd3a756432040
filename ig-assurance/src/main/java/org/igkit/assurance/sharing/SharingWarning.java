package org.igkit.assurance.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.igkit.assets.AssetId;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.InformationFlow;
import org.igkit.assurance.AssuranceSources;
import org.igkit.core.explain.Citation;

/**
 * A regular flow from an active asset to another organisation with no sharing agreement in force on the day: none
 * referenced, a reference to no agreement on the log, or an agreement not in force (draft, terminated, not yet
 * started or ended).
 *
 * @param asset     the asset the flow leaves
 * @param to        the recipient
 * @param reference the agreement referenced, or {@code null}
 * @param problem   what is wrong
 * @param citation  the rule
 */
public record SharingWarning(AssetId asset, String to, String reference, Problem problem, Citation citation) {
    /** What is wrong with the flow's agreement. */
    public enum Problem {
        /** The flow references no agreement. */
        NO_AGREEMENT,
        /** The reference matches no agreement on the log. */
        UNKNOWN_AGREEMENT,
        /** The agreement is not in force on the day. */
        AGREEMENT_NOT_IN_FORCE
    }

    public SharingWarning {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(citation, "citation");
    }

    /** The warnings for {@code assets}' flows on {@code asOf}, against the log {@code agreements}. */
    public static List<SharingWarning> of(Collection<InformationAsset> assets, Collection<SharingAgreement> agreements,
            LocalDate asOf) {
        Map<String, SharingAgreement> log = agreements.stream()
                .collect(Collectors.toMap(SharingAgreement::id, Function.identity(), (a, b) -> a));
        List<SharingWarning> warnings = new ArrayList<>();
        for (InformationAsset asset : assets) {
            if (!asset.isActive()) {
                continue;
            }
            for (InformationFlow flow : asset.flows()) {
                if (flow.destination() != org.igkit.assets.FlowDestination.EXTERNAL_ORGANISATION
                        || !flow.frequency().isRegular()) {
                    continue;
                }
                String ref = flow.sharingAgreement() == null || flow.sharingAgreement().isBlank() ? null
                        : flow.sharingAgreement();
                Problem problem = ref == null ? Problem.NO_AGREEMENT
                        : !log.containsKey(ref) ? Problem.UNKNOWN_AGREEMENT
                        : log.get(ref).isInForceOn(asOf) ? null : Problem.AGREEMENT_NOT_IN_FORCE;
                if (problem != null) {
                    warnings.add(new SharingWarning(asset.id(), flow.to(), ref, problem, AssuranceSources.SHARING));
                }
            }
        }
        return warnings;
    }
}
