package org.borderliaison.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL statements and commits that the current thread sends to the database while {@link #during} runs, so
 * a test can count what a request costs (MockMvc runs the request in the test's thread). Puts a thin proxy between the
 * application's data source (the database circuit, a {@link DelegatingDataSource}) and the pool; outside a recording
 * it only forwards.
 *
 * <p>Imported by {@link IntegrationTest} for every test alike, so the shared context stays one.
 */
@TestComponent
public class StatementLog implements SmartInitializingSingleton {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private final DataSource dataSource;

    StatementLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What ran: each statement's SQL as sent, and "COMMIT" for each commit. */
    public record Recorded(List<String> entries) {

        public List<String> statements() {
            return entries.stream().filter(entry -> !entry.equals("COMMIT")).toList();
        }

        public List<String> touching(String table) {
            return statements().stream().filter(sql -> sql.toLowerCase().contains(table.toLowerCase())).toList();
        }

        public List<String> writes() {
            return statements().stream().map(sql -> sql.strip().toLowerCase())
                    .filter(sql -> sql.startsWith("insert") || sql.startsWith("update") || sql.startsWith("delete")
                            || sql.startsWith("merge"))
                    .toList();
        }

        public long commits() {
            return entries.stream().filter(entry -> entry.equals("COMMIT")).count();
        }
    }

    public static Recorded during(Callable<?> work) throws Exception {
        List<String> entries = new ArrayList<>();
        RECORDING.set(entries);
        try {
            work.call();
        } finally {
            RECORDING.remove();
        }
        return new Recorded(List.copyOf(entries));
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!(dataSource instanceof DelegatingDataSource circuit) || circuit.getTargetDataSource() == null) {
            throw new IllegalStateException("expected the database circuit in front of the pool, found " + dataSource);
        }
        DataSource pool = circuit.getTargetDataSource();
        if (!Proxy.isProxyClass(pool.getClass())) {
            circuit.setTargetDataSource(proxy(DataSource.class, pool, (target, method, arguments) -> {
                Object result = invoke(target, method, arguments);
                return result instanceof Connection connection ? connection(connection) : result;
            }));
        }
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, arguments) -> {
            if (method.getName().startsWith("prepare") && arguments != null && arguments[0] instanceof String sql) {
                record(sql);
            } else if (method.getName().equals("commit")) {
                record("COMMIT");
            }
            Object result = invoke(target, method, arguments);
            if (method.getName().equals("createStatement") && result instanceof Statement statement) {
                return proxy(Statement.class, statement, (inner, call, values) -> {
                    if (call.getName().startsWith("execute") && values != null && values[0] instanceof String sql) {
                        record(sql);
                    }
                    return invoke(inner, call, values);
                });
            }
            return result;
        });
    }

    private static void record(String entry) {
        List<String> entries = RECORDING.get();
        if (entries != null) {
            entries.add(entry);
        }
    }

    private interface Handler<T> {
        Object handle(T target, Method method, Object[] arguments) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, arguments) -> {
            if (method.getName().equals("unwrap") && arguments != null && arguments[0] instanceof Class<?> wanted
                    && wanted.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, arguments);
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException thrown) {
            throw thrown.getCause();
        }
    }
}
