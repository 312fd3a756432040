package org.igkit.rest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.igkit.core.error.ValidationException;

class ApiKeyringTest {

    @Test
    @DisplayName("ig.auth.keys is secret:ROLE[|ROLE], comma-separated; a secret may itself contain colons")
    void parsesKeysAndRoles() {
        ApiKeyring ring = ApiKeyring.parse(" first-secret-0000001:ADMIN , sec:ond:secret-000002:DPO|RECORDS_MANAGER ");
        assertThat(ring.keys()).hasSize(2);
        assertThat(ring.find("first-secret-0000001")).hasValueSatisfying(k -> assertThat(k.roles()).containsExactly(Role.ADMIN));
        assertThat(ring.find("sec:ond:secret-000002")).hasValueSatisfying(
                k -> assertThat(k.roles()).containsExactlyInAnyOrder(Role.DPO, Role.RECORDS_MANAGER));
        assertThat(ring.find("first-secret-000000")).isEmpty();
        assertThat(ring.find("")).isEmpty();
    }

    @Test
    @DisplayName("The keyring keeps digests only: neither toString nor the fingerprint shows the secret")
    void secretsAreNotKept() {
        ApiKeyring ring = ApiKeyring.parse("visible-secret-000001:READER");
        assertThat(ring.toString()).doesNotContain("visible-secret");
        assertThat(ring.keys().get(0).fingerprint()).matches("key-[0-9a-f]{8}");
    }

    @Test
    @DisplayName("An empty setting is an empty keyring: no key is built in")
    void noBuiltInKey() {
        assertThat(ApiKeyring.parse("").isEmpty()).isTrue();
        assertThat(ApiKeyring.parse("   ").isEmpty()).isTrue();
    }

    @Test
    @DisplayName("Malformed entries, short secrets and unknown roles are all reported")
    void badEntries() {
        assertThatThrownBy(() -> ApiKeyring.parse("no-roles-here-000001,short:ADMIN,long-enough-secret-01:OWNER,"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(4));
    }

    @Test
    @DisplayName("ADMIN grants every role; every role grants READER; others grant only themselves")
    void roleGrants() {
        assertThat(Role.ADMIN.grants(Role.DPO)).isTrue();
        assertThat(Role.DPO.grants(Role.READER)).isTrue();
        assertThat(Role.RECORDS_MANAGER.grants(Role.READER)).isTrue();
        assertThat(Role.READER.grants(Role.RECORDS_MANAGER)).isFalse();
        assertThat(Role.DPO.grants(Role.RECORDS_MANAGER)).isFalse();
        assertThat(Role.DPO.grants(Role.ADMIN)).isFalse();
    }
}
