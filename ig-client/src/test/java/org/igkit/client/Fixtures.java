package org.igkit.client;

import java.util.List;
import java.util.Set;

import org.igkit.client.model.InformationAsset;
import org.igkit.client.model.LawfulBasis;

/** Bodies the tests send, built with the generated models. */
final class Fixtures {
    private Fixtures() {
    }

    /** A school's pupil records, held under public task. */
    static InformationAsset pupilRecords(String id) {
        return new InformationAsset().id(id).name("Pupil records").businessArea("Education")
                .format(InformationAsset.FormatEnum.ELECTRONIC).systemOrLocation("MIS")
                .assetOwner("Head teacher").dataOwner("Data manager").personalData(true)
                .criminalOffenceData(false).confidential(false).version(0L)
                .dataSubjectCategories(List.of("pupils")).personalDataCategories(List.of("contact details", "attainment"))
                .role(InformationAsset.RoleEnum.CONTROLLER).classification("OFFICIAL")
                .status(InformationAsset.StatusEnum.ACTIVE)
                .purposes(List.of("education")).lawfulBases(Set.of(LawfulBasis.PUBLIC_TASK));
    }
}
