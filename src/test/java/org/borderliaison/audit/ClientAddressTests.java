package org.borderliaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Addresses in the access log as people read them (RFC 5952 for IPv6, IPv4 for IPv4-mapped addresses). */
class ClientAddressTests {

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource({
            "0:0:0:0:0:0:0:1, ::1",
            "::1, ::1",
            "[0:0:0:0:0:0:0:1], ::1",
            "::ffff:10.0.0.5, 10.0.0.5",
            "0:0:0:0:0:ffff:c0a8:101, 192.168.1.1",
            "2001:0DB8:0000:0000:0000:0000:0002:0001, 2001:db8::2:1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
            "fe80:0:0:0:0:0:0:1%1, fe80::1%1",
            "0:0:0:0:0:0:0:0, ::",
            "127.0.0.1, 127.0.0.1",
            "203.113.0.7, 203.113.0.7"})
    void ipLiteralsAreShownInTheirReadableForm(String stored, String shown) {
        assertThat(ClientAddress.readable(stored)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} is left as it is")
    @CsvSource({"unknown", "proxy.example.org", "1.2.3.4.5.6", "12:zz::1"})
    void anythingElseIsLeftAsItIs(String stored) {
        assertThat(ClientAddress.readable(stored)).isEqualTo(stored);
    }
}
