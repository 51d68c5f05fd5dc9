package org.borderliaison.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderliaison.support.PdfA;
import org.junit.jupiter.api.Test;

/** The PDF renderer prints Vietnamese (even typed decomposed), Chinese and Lao with the fonts shipped in the application. */
class PdfRendererTests {

    private final PdfRenderer renderer = new PdfRenderer(2);

    @Test
    void printsVietnameseChineseAndLaoWithTheEmbeddedFonts() throws IOException {
        String decomposed = Normalizer.normalize("Biên bản bàn giao: Công an tỉnh Lạng Sơn", Normalizer.Form.NFD);
        String page = """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><style>
                  @page { size: A4; margin: 15mm; }
                  body { font-family: %s; }
                  h1 { font-weight: bold; }
                </style></head>
                <body><h1>%s</h1><p>广西壮族自治区公安厅 移交记录</p><p>ບົດບັນທຶກ ແຂວງບໍລິຄໍາໄຊ</p></body></html>
                """.formatted(PdfRenderer.FONT_FAMILY, decomposed);

        byte[] pdf = renderer.render(page);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4: 210 mm = 595 pt
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Biên bản bàn giao: Công an tỉnh Lạng Sơn").contains("广西壮族自治区公安厅").contains("移交记录");
            assertThat(text).contains("ແຂວງ");
            assertThat(fontNames(document.getPage(0))).anyMatch(name -> name.contains("NotoSans-Bold"))
                    .anyMatch(name -> name.contains("NotoSansLao")).anyMatch(name -> name.contains("DroidSansFallback"));
        }
    }

    @Test
    void everyPdfIsArchivalPdfA2bWithTitleAuthorAndLanguageAndTheSerifOfOfficialDocuments() throws IOException {
        String page = """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
                  <title>Báo cáo tổng hợp</title><meta name="author" content="Công an tỉnh Lạng Sơn" />
                  <style>@page { size: A4; margin: 20mm 15mm 20mm 30mm; } body { font-family: %s; font-size: 13pt; }</style>
                </head>
                <body><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><i>Lạng Sơn, ngày 23 tháng 3 năm 2022</i></p>
                <p style="font-family: %s">广西壮族自治区公安厅</p></body></html>
                """.formatted(PdfRenderer.SERIF_FONT_FAMILY, PdfRenderer.FONT_FAMILY);

        byte[] pdf = renderer.render(page);

        PdfA.assertCompliant(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Báo cáo tổng hợp");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Công an tỉnh Lạng Sơn");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi");
            assertThat(new PDFTextStripper().getText(document)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Lạng Sơn, ngày 23 tháng 3 năm 2022", "广西壮族自治区公安厅");
            assertThat(fontNames(document.getPage(0))).anyMatch(name -> name.contains("LiberationSerif-Bold"))
                    .anyMatch(name -> name.contains("LiberationSerif-Italic")).anyMatch(name -> name.contains("LiberationSerif"));
        }
    }

    @Test
    void renderingsTakeTurnsAndAFailedOneGivesItsTurnBack() throws Exception {
        PdfRenderer oneAtATime = new PdfRenderer(1);
        // These pages name no font: their text falls to the embedded serif, never to a base font PDF/A forbids.
        assertThatThrownBy(() -> oneAtATime.render("<html><body><p>never closed")).isInstanceOf(RuntimeException.class);

        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Trang " + i + "</p></body></html>";
                pdfs.add(callers.submit(() -> oneAtATime.render(page)));
            }
            for (int i = 1; i <= 3; i++) {
                try (PDDocument document = Loader.loadPDF(pdfs.get(i - 1).get(2, TimeUnit.MINUTES))) {
                    assertThat(new PDFTextStripper().getText(document)).contains("Trang " + i);
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theFontsParsedOnceServeRenderingsSideBySideAndOnlyTheFontsADocumentUsesAreEmbedded() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                String chinese = i % 2 == 0 ? "<p style=\"font-family: %s\">云南省公安厅 %d</p>".formatted(PdfRenderer.FONT_FAMILY, i) : "";
                String page = """
                        <html xmlns="http://www.w3.org/1999/xhtml"><head><style>body { font-family: %s; }</style></head>
                        <body><p>Biên bản số %d</p>%s</body></html>""".formatted(PdfRenderer.SERIF_FONT_FAMILY, i, chinese);
                pdfs.add(callers.submit(() -> renderer.render(page)));
            }
            for (int i = 1; i <= 6; i++) {
                try (PDDocument document = Loader.loadPDF(pdfs.get(i - 1).get(2, TimeUnit.MINUTES))) {
                    String text = new PDFTextStripper().getText(document);
                    assertThat(text).contains("Biên bản số " + i);
                    if (i % 2 == 0) {
                        assertThat(text).contains("云南省公安厅 " + i);
                        assertThat(fontNames(document.getPage(0))).anyMatch(name -> name.contains("DroidSansFallback"));
                    } else {
                        // the 4 MB Chinese font is embedded only where Chinese is printed
                        assertThat(fontNames(document.getPage(0))).noneMatch(name -> name.contains("DroidSansFallback"));
                    }
                }
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static Set<String> fontNames(PDPage page) throws IOException {
        Set<String> names = new HashSet<>();
        for (COSName font : page.getResources().getFontNames()) {
            names.add(page.getResources().getFont(font).getName());
        }
        return names;
    }
}
