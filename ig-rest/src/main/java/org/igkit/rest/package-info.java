/** The HTTP adapter and the runnable server. */
package org.igkit.rest;
