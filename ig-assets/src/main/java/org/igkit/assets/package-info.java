/**
 * The Information Asset Register (IAR) and the Record of Processing Activities (RoPA, UK GDPR Art 30).
 *
 * <p>{@link org.igkit.assets.InformationAsset} is the register entry: what the asset is, who owns it, whether
 * it holds personal data and on what legal footing, where it flows, its security classification and the retention
 * schedule entry it follows. Its constructor refuses an entry that breaks a rule of data-protection law (naming
 * every field at fault); {@link org.igkit.assets.AssetCheck} flags, as of a date, what is not unlawful but
 * needs attention (a past review date, regular sharing without an agreement).
 *
 * <p>Views over the register: {@link org.igkit.assets.RecordOfProcessing} (Art 30(1) and 30(2), exported as
 * CSV and JSON), {@link org.igkit.assets.PublicRegister} (the publication-scheme view, without what is
 * confidential) and {@link org.igkit.assets.ReviewList} (what is due for review).
 */
package org.igkit.assets;
