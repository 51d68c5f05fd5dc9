package org.borderliaison.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderliaison.shared.Role;
import org.borderliaison.shared.SignedInUser;
import org.borderliaison.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page frame (fragments/layout): the page's title, content and head elements in place, and the menus. */
class LayoutTests extends IntegrationTest {

    @Test
    void thePageTitleComesBeforeTheApplicationName() throws Exception {
        SignedInUser viewer = fixtures.account("layout-viewer", "VN-BCA", Role.VIEWER);

        Document page = page("/border-gates?lang=en", viewer);

        assertThat(page.title()).isEqualTo("Border gates · Border Liaison");
        assertThat(page.select("main#main h1").text()).isEqualTo("Border gates");
        assertThat(page.select("body > script").last().attr("src")).startsWith("/js/app-");
    }

    @Test
    void aPageAddsItsOwnStyleSheetToTheHead() throws Exception {
        SignedInUser viewer = fixtures.account("layout-viewer", "VN-BCA", Role.VIEWER);

        Document page = page("/reports/summary", viewer);

        assertThat(page.select("head link[rel=stylesheet]").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/css/app-")).anyMatch(href -> href.startsWith("/css/report-"));
        assertThat(page.select("body link")).isEmpty();
    }

    @Test
    void administratorsFindTheSignInThrottlesInTheirMenu() throws Exception {
        SignedInUser admin = fixtures.account("layout-admin", "VN-BCA", Role.ADMIN);
        SignedInUser viewer = fixtures.account("layout-viewer", "VN-BCA", Role.VIEWER);

        assertThat(page("/?lang=en", admin).select("a[href=/admin/throttles]").text()).isEqualTo("Sign-in throttles");
        assertThat(page("/", admin).select("a[href=/admin/throttles]").text()).isEqualTo("Chặn đăng nhập");
        assertThat(page("/", viewer).select("a[href^=/admin/]")).isEmpty();
    }

    /** With the Layout Dialect gone, a page still written for it would render silently without menu, styles or scripts. */
    @Test
    void noTemplateIsStillWrittenForTheLayoutDialect() throws IOException {
        assertThat(templatesContaining("layout:")).isEmpty();
    }

    /**
     * Who sees what is asked of {@code @roles} (security.PageRoles): the security dialect's {@code sec:authorize} parses
     * and evaluates its expression on every use, a measurable part of every page.
     */
    @Test
    void noTemplateAsksTheSecurityDialectWhoMaySeeAnElement() throws IOException {
        assertThat(templatesContaining("sec:authorize")).isEmpty();
    }

    /** The templates (relative to their folder) whose text contains {@code text}. */
    private static List<String> templatesContaining(String text) throws IOException {
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> read(file).contains(text))
                    .map(file -> templates.relativize(file).toString()).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document page(String path, SignedInUser who) throws Exception {
        String html = mvc.perform(get(path).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
