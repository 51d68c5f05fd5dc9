package org.borderliaison.shared;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.util.DriverDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts {@link DatabaseCircuit} in front of the application's pool (which stays unwrappable for metrics). Its probe
 * connects with the pool's own driver settings but outside the pool, so that probing never queues behind the pool's
 * retries.
 */
@Component
class DatabaseCircuitDataSource implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            return new DatabaseCircuit(pool, new DriverDataSource(pool.getJdbcUrl(), pool.getDriverClassName(),
                    pool.getDataSourceProperties(), pool.getUsername(), pool.getPassword()));
        }
        return bean instanceof DataSource other && !(bean instanceof DatabaseCircuit) ? new DatabaseCircuit(other, other) : bean;
    }
}
