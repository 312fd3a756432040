/** Benchmarks of the assurance module: the bulk staff import, and compliance over a council-sized staff list. */
package org.igkit.bench.assurance;
