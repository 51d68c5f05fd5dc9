package org.borderliaison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class DatabaseCircuitTests {

    /** Hikari's answer when the server refused every connection during the wait. */
    private static final SQLTransientConnectionException REFUSED = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms", "08001",
            new SQLException("Connection to 127.0.0.1:5432 refused", "08001"));
    /** Hikari's answer when all connections were simply in use. */
    private static final SQLTransientConnectionException BUSY = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms");

    private final DataSource pool = mock(DataSource.class);
    private final DataSource probe = mock(DataSource.class);
    private final DatabaseCircuit circuit = new DatabaseCircuit(pool, probe);

    @Test
    void onceTheServerRefusedRequestsFailAtOnceWithoutWaitingForThePool() throws Exception {
        when(pool.getConnection()).thenThrow(REFUSED);
        when(probe.getConnection()).thenThrow(new SQLException("Connection refused", "08001"));

        assertThatThrownBy(circuit::getConnection).isSameAs(REFUSED);
        assertThat(circuit.isOpen()).isTrue();

        long started = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(circuit::getConnection).isInstanceOf(SQLTransientConnectionException.class)
                    .extracting(failure -> ((SQLException) failure).getSQLState()).isEqualTo("08001");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds for 50 refusals").isLessThan(400);
        verify(pool, times(1)).getConnection();
    }

    @Test
    void aProbeOutsideThePoolClosesTheCircuitWhenTheServerAnswersAgain() throws Exception {
        Connection connection = mock(Connection.class);
        when(pool.getConnection()).thenThrow(REFUSED).thenReturn(connection);
        when(probe.getConnection()).thenThrow(new SQLException("Connection refused", "08001")).thenReturn(mock(Connection.class));
        assertThatThrownBy(circuit::getConnection).isSameAs(REFUSED);

        Thread.sleep(DatabaseCircuit.PROBE_INTERVAL_MILLIS + 100);
        assertThatThrownBy(circuit::getConnection).as("the first probe: still down").isInstanceOf(SQLTransientConnectionException.class);
        assertThatThrownBy(circuit::getConnection).as("no second probe within the interval").isInstanceOf(SQLTransientConnectionException.class);
        verify(probe, times(1)).getConnection();

        Thread.sleep(DatabaseCircuit.PROBE_INTERVAL_MILLIS + 100);
        assertThat(circuit.getConnection()).isSameAs(connection);
        assertThat(circuit.isOpen()).isFalse();
    }

    @Test
    void aBusyPoolOrABadStatementDoNotOpenIt() throws Exception {
        when(pool.getConnection()).thenThrow(BUSY).thenThrow(new SQLException("syntax error", "42601"))
                .thenReturn(mock(Connection.class));

        assertThatThrownBy(circuit::getConnection).isSameAs(BUSY);
        assertThatThrownBy(circuit::getConnection).isInstanceOf(SQLException.class);
        assertThat(circuit.isOpen()).isFalse();
        assertThat(circuit.getConnection()).isNotNull();
    }

    @Test
    void aServerShuttingDownOrStartingUpCountsAsUnreachable() {
        assertThat(DatabaseCircuit.unreachable(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseCircuit.unreachable(new SQLException("the database system is starting up", "57P03"))).isTrue();
        assertThat(DatabaseCircuit.unreachable(BUSY)).isFalse();
    }
}
