package org.igkit.assurance.roles;

/** The named IG roles. */
public enum RoleKind {
    /** Senior Information Risk Owner. */
    SIRO(Scope.ORGANISATION),
    /** Data Protection Officer (UK GDPR Art 37). */
    DPO(Scope.ORGANISATION),
    /** Caldicott Guardian. */
    CALDICOTT_GUARDIAN(Scope.ORGANISATION),
    /** Information Asset Owner, per asset. */
    IAO(Scope.ASSET),
    /** Information Champion, per service (optional). */
    INFORMATION_CHAMPION(Scope.SERVICE);

    /** What a holder of the role answers for. */
    public enum Scope {
        /** The whole organisation. */
        ORGANISATION,
        /** One information asset (its id). */
        ASSET,
        /** One service. */
        SERVICE
    }

    private final Scope scope;

    RoleKind(Scope scope) {
        this.scope = scope;
    }

    /** What a holder answers for. */
    public Scope scope() {
        return scope;
    }
}
