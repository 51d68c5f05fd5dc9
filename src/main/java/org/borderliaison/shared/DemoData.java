package org.borderliaison.shared;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo records of {@code db/demo/*.sql} (in file-name order) once each, when
 * {@code liaison.demo-data} is true: in the embedded default and in the tests, never in production.
 * Kept apart from Flyway so that demo data never takes a schema version; the marker row is written
 * in the same transaction as the records, so a second instance starting at once fails on the
 * marker's key and loads nothing twice.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "liaison.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/demo/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        for (Resource script : scripts) {
            String name = script.getFilename();
            Integer loaded = jdbc.queryForObject("select count(*) from demo_data_load where script = ?", Integer.class, name);
            if (loaded != null && loaded > 0) {
                continue;
            }
            transactions.executeWithoutResult(status -> {
                jdbc.update("insert into demo_data_load (script, loaded_at) values (?, ?)", name, Timestamp.from(Instant.now(clock)));
                var connection = DataSourceUtils.getConnection(dataSource);
                ScriptUtils.executeSqlScript(connection, new EncodedResource(script, "UTF-8"));
            });
            log.info("Loaded demo data {}", name);
        }
    }
}
