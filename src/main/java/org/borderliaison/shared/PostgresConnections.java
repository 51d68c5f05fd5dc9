package org.borderliaison.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan each statement with its actual parameters. The reports hand the database an agency's whole
 * sub-tree as a list of ids; after five runs the driver would switch to a server-side prepared statement, whose
 * generic plan checks those hundreds of ids row by row (the ministry's ten-year summary went from 0.3 s to 2.4 s at
 * national scale). {@code prepareThreshold=0} keeps every statement unnamed, so every execution gets a custom plan.
 * <p>
 * {@code connectTimeout=3} (seconds; the driver's default is 10): a server that does not answer at all (a cut
 * network rather than a stopped server, which refuses at once) does not keep the pool's connection attempts longer
 * than a request waits for a connection ({@code spring.datasource.hikari.connection-timeout}). No
 * {@code socketTimeout}: it would cut the long national summaries.
 * <p>
 * Applies only to PostgreSQL URLs, and only to parameters the URL does not set itself.
 */
@Component
class PostgresConnections implements BeanPostProcessor {

    static final String PREPARE_THRESHOLD = "prepareThreshold";
    static final String CONNECT_TIMEOUT = "connectTimeout";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource) {
            configure(dataSource);
        }
        return bean;
    }

    static void configure(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            setUnlessGiven(dataSource, url, PREPARE_THRESHOLD, "0");
            setUnlessGiven(dataSource, url, CONNECT_TIMEOUT, "3");
        }
    }

    private static void setUnlessGiven(HikariDataSource dataSource, String url, String parameter, String value) {
        if (!url.contains(parameter + "=") && !dataSource.getDataSourceProperties().containsKey(parameter)) {
            dataSource.addDataSourceProperty(parameter, value);
        }
    }
}
