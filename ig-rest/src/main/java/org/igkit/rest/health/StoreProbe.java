package org.igkit.rest.health;

/** Whether the store answers; the composition root supplies it. */
@FunctionalInterface
public interface StoreProbe {
    /** True when the store can be read now. Must not throw. */
    boolean isReachable();
}
