/**
 * The asset register as a service over the {@link org.igkit.assets.port.AssetRepository} port: save an entry and
 * get back its check, and draw the review list, the RoPA and the public register from the whole store. It lives
 * apart from {@code org.igkit.assets} because it uses the port, which depends on the asset model.
 */
package org.igkit.assets.register;
