package org.borderliaison.shared.web;

import java.util.concurrent.TimeUnit;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.CachingResourceTransformer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Our style sheets and scripts ({@code /css}, {@code /js}) and the webjars (Bootstrap, htmx), under content-hashed
 * addresses: templates write {@code @{/css/app.css}} and get {@code /css/app-<md5>.css}, which the browser keeps for
 * a year without asking again ({@link ImmutableWhenHashed}); a new release has new hashes. The same file asked for
 * without its hash (or with a stale one: 404) is revalidated, so nothing outlives a release in a cache.
 * <p>
 * Only these three prefixes are resource addresses. Boot's default handler for {@code /**} is switched off
 * ({@code spring.web.resources.add-mappings: false}): with it, every link a page writes ({@code @{/meetings}}, the
 * menu's twenty) was looked up on the class path as a possible static file, on every request, because misses are
 * not cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    static final CacheControl HASHED = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();
    static final CacheControl UNHASHED = CacheControl.noCache();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/css/**", "classpath:/static/css/");
        serve(registry, "/js/**", "classpath:/static/js/");
        // Version-less webjar addresses (@{/webjars/htmx.org/dist/htmx.min.js}) are completed by the chain's
        // webjars resolver, which the registration adds by itself.
        serve(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
    }

    /**
     * Resolutions are cached (an address is looked up on the class path once, not per page), and so are the
     * rewritten style sheets; the hash is the file's MD5, and {@code url(...)} inside CSS gets hashed too.
     */
    private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
        Cache cache = new ConcurrentMapCache(pattern);
        registry.addResourceHandler(pattern).addResourceLocations(location)
                .setCacheControl(UNHASHED)
                .resourceChain(false)
                .addResolver(new CachingResourceResolver(cache))
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                // Outermost, so that it sees the request and the final (possibly rewritten) file.
                .addTransformer(new ImmutableWhenHashed(HASHED))
                .addTransformer(new CachingResourceTransformer(cache))
                .addTransformer(new CssLinkResourceTransformer());
    }
}
