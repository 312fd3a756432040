/**
 * Contract test suites for the igkit ports. A persistence adapter proves it is pluggable by extending the
 * abstract class of each port it implements and returning fresh instances of its adapter; every test then runs
 * against it. See docs/persistence.md.
 */
package org.igkit.testkit;
