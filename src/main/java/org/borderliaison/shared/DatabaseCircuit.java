package org.borderliaison.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, failing at once while the database is known to be out of reach. Without it every
 * request waited the pool's whole {@code connection-timeout} (3 s), some twice (a new session is saved when the
 * response is committed and again when the request ends), and the pool went on retrying in the background with a
 * back-off growing to 5 s, so that a database back up could wait up to 5 s for the pool's next try.
 * <p>
 * Once a connection could not be had because the server refused or did not answer (SQLSTATE class 08 or 57P0x, as
 * opposed to a pool merely busy), the circuit opens: requests fail at once with a
 * {@code SQLTransientConnectionException} (answered 503). At most every {@link #PROBE_INTERVAL_MILLIS} ms one of
 * them opens a connection outside the pool ({@code probe}); when that works the circuit closes and that request, and
 * the following ones, use the pool again, which, having had nobody waiting, connects at once.
 */
final class DatabaseCircuit extends DelegatingDataSource {

    static final long PROBE_INTERVAL_MILLIS = 500;
    private static final Logger log = LoggerFactory.getLogger(DatabaseCircuit.class);

    private final DataSource probe;
    private final AtomicLong nextProbe = new AtomicLong();
    private volatile boolean open;

    DatabaseCircuit(DataSource pool, DataSource probe) {
        super(pool);
        this.probe = probe;
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileOpen();
        try {
            return super.getConnection();
        } catch (SQLException failure) {
            opensOn(failure);
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileOpen();
        try {
            return super.getConnection(username, password);
        } catch (SQLException failure) {
            opensOn(failure);
            throw failure;
        }
    }

    boolean isOpen() {
        return open;
    }

    private void refuseWhileOpen() throws SQLException {
        if (open && !probeSucceeds()) {
            throw new SQLTransientConnectionException("The database is unreachable (tried again every "
                    + PROBE_INTERVAL_MILLIS + " ms)", "08001");
        }
    }

    /** One request at a time, and at most once per interval, tries a connection outside the pool. */
    private boolean probeSucceeds() {
        long now = System.nanoTime();
        long due = nextProbe.get();
        if (now - due < 0 || !nextProbe.compareAndSet(due, now + TimeUnit.MILLISECONDS.toNanos(PROBE_INTERVAL_MILLIS))) {
            return false;
        }
        try (Connection connection = probe.getConnection()) {
            open = false;
            log.info("The database is reachable again");
            return true;
        } catch (SQLException | RuntimeException stillDown) {
            return false;
        }
    }

    private void opensOn(SQLException failure) {
        if (!open && unreachable(failure)) {
            open = true;
            nextProbe.set(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PROBE_INTERVAL_MILLIS));
            log.warn("The database is unreachable; requests fail at once until it answers again ({})", failure.getMessage());
        }
    }

    /** The pool's timeout carries the SQLSTATE of the last refused connection; a pool merely busy has none. */
    static boolean unreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }
}
