package org.borderliaison.shared.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** An API call whose service loses the database answers 503 problem details, not the catch-all 500. */
class ApiOutageTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ApiExceptionHandler(new MessagesConfig().messageSource()))
            .setLocaleResolver(new FixedLocaleResolver(Locale.ENGLISH)).build();

    @Test
    void aRepositoryWithoutConnectionIs503() throws Exception {
        mvc.perform(get("/api/test/repository").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/unavailable"))
                .andExpect(jsonPath("$.title").value("Database unavailable"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Nothing was saved")));
    }

    @Test
    void aTransactionThatCannotStartIs503() throws Exception {
        mvc.perform(get("/api/test/transaction").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/unavailable"));
    }

    @Test
    void otherDataAccessFailuresStayInternalErrors() throws Exception {
        mvc.perform(get("/api/test/bad-sql").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://borderliaison.org/problems/internal"));
    }

    @RestController
    static class FailingController {

        @GetMapping("/api/test/repository")
        String repository() {
            throw new DataAccessResourceFailureException("Unable to acquire JDBC Connection", DatabaseUnavailableTests.poolTimeout());
        }

        @GetMapping("/api/test/transaction")
        String transaction() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new CannotGetJdbcConnectionException("no connection"));
        }

        @GetMapping("/api/test/bad-sql")
        String badSql() {
            throw new InvalidDataAccessResourceUsageException("bad SQL grammar");
        }
    }
}
