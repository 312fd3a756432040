package org.igkit.assurance.port;

import java.util.List;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.core.paging.Page;
import org.igkit.core.paging.PageRequest;

/** The storage of attestations, an append-only set of facts. Adapters must pass {@code AttestationRepositoryContract}. */
public interface AttestationRepository {

    /** Records {@code attestation}; false (and nothing written) when one with its key is already held. */
    boolean add(Attestation attestation);

    /** Records every attestation of {@code batch} in one go and returns how many were new (duplicates are skipped). */
    int addAll(List<Attestation> batch);

    /** Every attestation, in key order, a page at a time; the cursor is the last key read. */
    Page<Attestation> list(PageRequest page);

    /** The attestations of one member of staff, in key order. */
    List<Attestation> forStaff(String staffId);

    /** The attestations of one policy (any version), in key order, a page at a time. */
    Page<Attestation> forPolicy(String policyId, PageRequest page);
}
