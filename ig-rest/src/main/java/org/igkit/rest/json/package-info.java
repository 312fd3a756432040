/** Hands Jersey's Jackson provider the API's one mapper, which ig-json ({@code org.igkit.json.JsonMapping}) configures. */
package org.igkit.rest.json;
