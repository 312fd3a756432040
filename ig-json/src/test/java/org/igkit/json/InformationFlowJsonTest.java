package org.igkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.assets.FlowFrequency;
import org.igkit.assets.InformationFlow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InformationFlowJsonTest {
    private final ObjectMapper mapper = JsonMapping.newMapper();

    @Test
    @DisplayName("A flow is written with its derived warning and read back from that same text (GET then PUT works)")
    void aFlowReadIsAcceptedBackUnchanged() throws Exception {
        InformationFlow flow = InformationFlow.toOrganisation("County Council", "safeguarding referrals",
                FlowFrequency.CONTINUOUS, "secure email");

        String written = mapper.writeValueAsString(flow);

        assertThat(written).contains("\"regularSharingWithoutAgreement\":true");
        assertThat(mapper.readValue(written, InformationFlow.class)).isEqualTo(flow);
    }
}
