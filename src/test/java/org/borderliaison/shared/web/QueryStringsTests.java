package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A query string the container cannot parse still gets a refusal that names the parameter at fault. */
class QueryStringsTests {

    @Test
    void namesTheParameterWhoseValueIsNotUtf8() {
        assertThat(QueryStrings.firstUndecodable("page=0&q=%ED%A0%80")).isEqualTo("q");
        assertThat(QueryStrings.firstUndecodable("text=L%E1%BA%A1ng+S%C6%A1n&q=%FF")).isEqualTo("q");
        assertThat(QueryStrings.firstUndecodable("agencyId=14&from=%zz")).isEqualTo("from");
        assertThat(QueryStrings.firstUndecodable("q=a%00b")).isEqualTo("q");
    }

    @Test
    void aNameThatCannotBeShownIsAQuestionMark() {
        assertThat(QueryStrings.firstUndecodable("%FF=1")).isEqualTo(QueryStrings.UNKNOWN);
        assertThat(QueryStrings.firstUndecodable(null)).isEqualTo(QueryStrings.UNKNOWN);
    }

    @Test
    void decodesValidText() {
        assertThat(QueryStrings.decode("L%E1%BA%A1ng+S%C6%A1n")).isEqualTo("Lạng Sơn");
        assertThat(QueryStrings.decode("%E6%B2%B3%E5%8F%A3")).isEqualTo("河口");
        assertThat(QueryStrings.decode("%E")).isNull();
    }
}
