/**
 * Training: courses (mandatory for all, or required by a role), each with a refresher interval and a deadline for
 * new starters; completions; and compliance per team and overall, exactly as spec §4 defines it ({@code valid /
 * inScope}, the exact fraction compared with the target, rounded only for display).
 */
package org.igkit.assurance.training;
