/**
 * {@code /v1/policies}, {@code /v1/attestations}, {@code /v1/training}, {@code /v1/dpias},
 * {@code /v1/sharing-agreements}, {@code /v1/roles}, {@code /v1/dspt} and {@code /v1/reports/board}: the assurance
 * registers and the board report over HTTP, each resource a thin mapping onto the assurance service.
 */
package org.igkit.rest.assurance;
