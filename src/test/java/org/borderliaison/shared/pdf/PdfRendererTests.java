package org.borderliaison.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF renderer prints Vietnamese (even typed decomposed), Chinese and Lao with the fonts shipped in the application. */
class PdfRendererTests {

    private final PdfRenderer renderer = new PdfRenderer();

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

    private static Set<String> fontNames(PDPage page) throws IOException {
        Set<String> names = new HashSet<>();
        for (COSName font : page.getResources().getFontNames()) {
            names.add(page.getResources().getFont(font).getName());
        }
        return names;
    }
}
