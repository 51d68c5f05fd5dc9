package org.borderliaison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class PostgresConnectionsTests {

    @Test
    void postgresStatementsArePlannedWithTheirParameters() {
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/liaison");
        PostgresConnections.configure(postgres);
        assertThat(postgres.getDataSourceProperties()).containsEntry("prepareThreshold", "0");
    }

    @Test
    void aUrlThatSaysOtherwiseAndOtherDatabasesAreLeftAlone() {
        HikariDataSource own = new HikariDataSource();
        own.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/liaison?prepareThreshold=5");
        PostgresConnections.configure(own);
        assertThat(own.getDataSourceProperties()).doesNotContainKey("prepareThreshold");

        HikariDataSource h2 = new HikariDataSource();
        h2.setJdbcUrl("jdbc:h2:mem:test");
        PostgresConnections.configure(h2);
        assertThat(h2.getDataSourceProperties()).isEmpty();
    }

    @Test
    void anUnansweringServerIsGivenUpOnWithinTheRequestsWait() {
        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/liaison");
        PostgresConnections.configure(postgres);
        assertThat(postgres.getDataSourceProperties()).containsEntry("connectTimeout", "3");

        HikariDataSource own = new HikariDataSource();
        own.setJdbcUrl("jdbc:postgresql://127.0.0.1:5432/liaison?connectTimeout=20");
        PostgresConnections.configure(own);
        assertThat(own.getDataSourceProperties()).doesNotContainKey("connectTimeout").containsEntry("prepareThreshold", "0");
    }
}
