package org.borderliaison.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

/**
 * Gives a static file asked for by its content-hashed name ({@code app-<md5>.css}) the long cache header; the
 * handler's own header (revalidate) stays on the same file asked for by its plain name. The request named a file
 * other than the one served exactly when the version resolver matched a hash (a wrong hash finds no file at all).
 * <p>
 * A transformer rather than the handler's setting because the handler has one header for all its files, and the
 * outermost one because the style-sheet rewriting below it returns a new resource without the resolver's headers.
 */
final class ImmutableWhenHashed implements ResourceTransformer {

    private final String cacheControl;

    ImmutableWhenHashed(CacheControl cacheControl) {
        this.cacheControl = cacheControl.getHeaderValue();
    }

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        String requested = StringUtils.getFilename(request.getRequestURI());
        boolean hashed = requested != null && resource.getFilename() != null && !requested.equals(resource.getFilename());
        return hashed ? new LongCached(transformed, resource, cacheControl) : transformed;
    }

    /** The served file, with the resolver's headers (its ETag is the hash) and the long cache header. */
    private static final class LongCached extends AbstractResource implements HttpResource {

        private final Resource content;
        private final HttpHeaders headers = new HttpHeaders();

        LongCached(Resource content, Resource resolved, String cacheControl) {
            this.content = content;
            if (resolved instanceof HttpResource http) {
                headers.putAll(http.getResponseHeaders());
            }
            headers.setCacheControl(cacheControl);
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            return headers;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return content.getInputStream();
        }

        @Override
        public boolean exists() {
            return content.exists();
        }

        @Override
        public boolean isReadable() {
            return content.isReadable();
        }

        @Override
        public URL getURL() throws IOException {
            return content.getURL();
        }

        @Override
        public URI getURI() throws IOException {
            return content.getURI();
        }

        @Override
        public File getFile() throws IOException {
            return content.getFile();
        }

        @Override
        public long contentLength() throws IOException {
            return content.contentLength();
        }

        @Override
        public long lastModified() throws IOException {
            return content.lastModified();
        }

        @Override
        public String getFilename() {
            return content.getFilename();
        }

        @Override
        public String getDescription() {
            return content.getDescription();
        }
    }
}
