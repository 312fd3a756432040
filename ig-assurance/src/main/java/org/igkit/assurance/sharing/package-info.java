/**
 * Information sharing agreements (the ICO data sharing code, DPA 2018 s.121): the central log of agreements with
 * their parties, purposes, lawful bases, data items, retention, security, review and end dates; the review rule
 * (spec §2.3: 12 months after the start or last review, 30 days after a trigger, never after the end date); and the
 * warning for a regular flow to another organisation with no agreement in force.
 */
package org.igkit.assurance.sharing;
