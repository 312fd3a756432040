package org.igkit.assurance.dpia;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.igkit.assets.AssetId;
import org.igkit.assurance.AssuranceSources;
import org.igkit.core.explain.Citation;

/**
 * An asset whose processing screens as requiring a DPIA (Art 35(1)) with no DPIA covering it ever approved.
 *
 * @param asset     the asset
 * @param dpiaIds   the screenings that found a DPIA required for it
 * @param citation  the rule
 */
public record DpiaWarning(AssetId asset, List<String> dpiaIds, Citation citation) {
    public DpiaWarning {
        Objects.requireNonNull(asset, "asset");
        dpiaIds = List.copyOf(dpiaIds);
        Objects.requireNonNull(citation, "citation");
    }

    /** The warnings over the whole register, in asset order. */
    public static List<DpiaWarning> of(Collection<Dpia> register) {
        Map<AssetId, List<String>> required = new TreeMap<>();
        Map<AssetId, Boolean> approved = new TreeMap<>();
        for (Dpia dpia : register) {
            for (AssetId asset : dpia.assets()) {
                if (dpia.outcome().requirement() == ScreeningOutcome.Requirement.REQUIRED) {
                    required.computeIfAbsent(asset, k -> new ArrayList<>()).add(dpia.id());
                }
                if (dpia.hasBeenApproved()) {
                    approved.put(asset, true);
                }
            }
        }
        List<DpiaWarning> warnings = new ArrayList<>();
        required.forEach((asset, ids) -> {
            if (!approved.containsKey(asset)) {
                warnings.add(new DpiaWarning(asset, ids, AssuranceSources.ART_35_1));
            }
        });
        return warnings;
    }

    @Override
    public String toString() {
        return "asset " + asset + " screens as requiring a DPIA (" + String.join(", ", dpiaIds)
                + ") and none covering it is approved [" + citation + "]";
    }
}
