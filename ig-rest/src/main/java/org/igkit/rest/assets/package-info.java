/** {@code /v1/assets}: the Information Asset Register, its RoPA (UK GDPR Art 30) exports and the public register. */
package org.igkit.rest.assets;
