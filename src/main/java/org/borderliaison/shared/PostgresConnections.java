package org.borderliaison.shared;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan each statement with its actual parameters. The reports hand the database an agency's whole
 * sub-tree as a list of ids; after five runs the driver would switch to a server-side prepared statement, whose
 * generic plan checks those hundreds of ids row by row (the ministry's ten-year summary went from 0.3 s to 2.4 s at
 * national scale). {@code prepareThreshold=0} keeps every statement unnamed, so every execution gets a custom plan.
 * Applies only to PostgreSQL URLs, and only when the URL does not set the parameter itself.
 */
@Component
class PostgresConnections implements BeanPostProcessor {

    static final String PREPARE_THRESHOLD = "prepareThreshold";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource) {
            configure(dataSource);
        }
        return bean;
    }

    static void configure(HikariDataSource dataSource) {
        String url = dataSource.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(PREPARE_THRESHOLD + "=")
                && !dataSource.getDataSourceProperties().containsKey(PREPARE_THRESHOLD)) {
            dataSource.addDataSourceProperty(PREPARE_THRESHOLD, "0");
        }
    }
}
