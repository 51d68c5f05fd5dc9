package org.borderliaison.report;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Runs the modules' aggregate queries of one summary side by side, each in its own read-only transaction on its
 * own connection, as the signed-in user (their scope applies in every module). A summary is a dozen independent
 * GROUP BYs: in parallel it takes about as long as the slowest of them rather than their sum. The pool is small
 * and shared, so a burst of summaries queues here instead of taking every database connection.
 */
@Component
class SummaryExecutor implements DisposableBean {

    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final Executor executor;

    SummaryExecutor(@Value("${liaison.reports.query-threads:4}") int threads) {
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setThreadNamePrefix("summary-");
        pool.setTaskDecorator(SummaryExecutor::inCallersRequest);
        pool.initialize();
        executor = new DelegatingSecurityContextExecutor(pool);
    }

    /**
     * Runs the query with the caller's web request in view: what a request works out once and keeps in it (the reader's
     * scope over time, {@code ScopeService.visible}) is then not worked out again by each of a summary's dozen
     * queries. The summary waits for all of them, so none outlives the request.
     */
    private static Runnable inCallersRequest(Runnable query) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return query;
        }
        return () -> {
            RequestContextHolder.setRequestAttributes(request);
            try {
                query.run();
            } finally {
                RequestContextHolder.resetRequestAttributes();
            }
        };
    }

    <T> CompletableFuture<T> submit(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }

    /** The result, with a query's own exception (a refusal, say) rethrown as it was. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed;
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
