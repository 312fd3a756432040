/** JMH benchmarks; each measures an igkit operation beside a baseline in the same run. */
package org.igkit.bench;
