/**
 * The contract of the breach module's port: {@link org.igkit.testkit.breach.BreachRepositoryContract}, which every
 * {@link org.igkit.breach.port.BreachRepository} adapter extends.
 */
package org.igkit.testkit.breach;
