package org.borderliaison.shared;

import java.util.function.Supplier;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.data.util.Lazy;

/**
 * Spring Data parses every {@code @Query} a second time with its own HQL grammar (to add sorting, derive count
 * queries) when it creates the repositories. That parser is slow while cold: it was about a third of the start-up
 * (the agency, meeting and patrol repositories). This defers it to the query's first use. Nothing that could fail
 * moves: Hibernate still validates every query at start-up ({@code SimpleJpaQuery}), so a broken query stops the
 * start as before; the deferred parse only rewrites a query Hibernate has already accepted.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.borderliaison", queryEnhancerSelector = DeferredQueryParsing.Selector.class)
class DeferredQueryParsing {

    /** Spring Data's own choice of parser, created on first use; native SQL keeps its parser as it is. */
    static class Selector implements QueryEnhancerSelector {

        @Override
        public QueryEnhancerFactory select(DeclaredQuery query) {
            QueryEnhancerFactory chosen = DEFAULT_SELECTOR.select(query);
            if (query.isNative()) {
                return chosen;
            }
            return new QueryEnhancerFactory() {
                @Override
                public boolean supports(DeclaredQuery declared) {
                    return chosen.supports(declared);
                }

                @Override
                public QueryEnhancer create(QueryProvider provider) {
                    return new DeferredEnhancer(provider, () -> chosen.create(provider));
                }
            };
        }
    }

    /** Parses on the first question that needs the parse tree; the query text itself needs none. */
    static final class DeferredEnhancer implements QueryEnhancer {

        private final QueryProvider query;
        private final Lazy<QueryEnhancer> parsed;

        DeferredEnhancer(QueryProvider query, Supplier<QueryEnhancer> parser) {
            this.query = query;
            this.parsed = Lazy.of(parser);
        }

        @Override
        public boolean isSelectQuery() {
            return parsed.get().isSelectQuery();
        }

        @Override
        public boolean hasConstructorExpression() {
            return parsed.get().hasConstructorExpression();
        }

        @Override
        public String detectAlias() {
            return parsed.get().detectAlias();
        }

        @Override
        public String getProjection() {
            return parsed.get().getProjection();
        }

        @Override
        public QueryProvider getQuery() {
            return query;
        }

        @Override
        public String rewrite(QueryRewriteInformation rewriteInformation) {
            return parsed.get().rewrite(rewriteInformation);
        }

        @Override
        public String createCountQueryFor(String countProjection) {
            return parsed.get().createCountQueryFor(countProjection);
        }
    }
}
