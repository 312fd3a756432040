/**
 * The igkit console: server-rendered pages in the look of the GOV.UK Design System (with the organisation's own name
 * and a system font, not GOV.UK's crown, logotype or typeface), working without JavaScript. This package holds what
 * every page shares: the templates' engine, the page frame, the stylesheets, the security headers and the error page.
 * Pages call the same application services and engines as the REST resources (docs/console.md).
 */
package org.igkit.rest.console;
