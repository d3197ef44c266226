package dev.assay.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class RichTextTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static JsonNode doc(String... blocks) {
        return json("{'type':'doc','content':[" + String.join(",", blocks) + "]}");
    }

    private static String paragraph(String... inline) {
        return "{'type':'paragraph','content':[" + String.join(",", inline) + "]}";
    }

    private static String text(String text) {
        return "{'type':'text','text':'" + text + "'}";
    }

    private static String link(String text, String href) {
        return "{'type':'text','text':'" + text + "','marks':[{'type':'link','attrs':{'href':'" + href
                + "','target':null,'linktype':'url'}}]}";
    }

    @Test
    void escapesTextContent() {
        JsonNode doc = doc(paragraph(text("a < b && c > d, \\'quoted\\'")));

        assertEquals("<p>a &lt; b &amp;&amp; c &gt; d, &quot;quoted&quot;</p>", RichText.toHtml(doc));
    }

    @Test
    void doesNotLetTextInjectMarkup() {
        JsonNode doc = RichText.fromParagraphs(List.of("<script>alert('x')</script>"));

        String html = RichText.toHtml(doc);
        assertFalse(html.contains("<script>"), html);
        assertEquals("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>", html);
    }

    @Test
    void rendersBlocksAndHeadings() {
        JsonNode doc = doc(
                "{'type':'heading','attrs':{'level':4},'content':[" + text("How is China pushing ahead?") + "]}",
                paragraph(text("First"), "{'type':'hard_break'}", text("second line")),
                "{'type':'horizontal_rule'}",
                "{'type':'blockquote','content':[" + paragraph(text("Quoted")) + "]}");

        assertEquals("<h4>How is China pushing ahead?</h4><p>First<br>second line</p><hr>"
                + "<blockquote><p>Quoted</p></blockquote>", RichText.toHtml(doc));
    }

    @Test
    void clampsHeadingLevels() {
        assertEquals("<h6>x</h6>", RichText.toHtml(doc("{'type':'heading','attrs':{'level':9},'content':[" + text("x") + "]}")));
        assertEquals("<h2>x</h2>", RichText.toHtml(doc("{'type':'heading','content':[" + text("x") + "]}")));
    }

    @Test
    void rendersLists() {
        JsonNode doc = doc(
                "{'type':'bullet_list','content':[{'type':'list_item','content':[" + paragraph(text("one")) + "]},"
                        + "{'type':'list_item','content':[" + paragraph(text("two")) + "]}]}",
                "{'type':'ordered_list','attrs':{'order':3},'content':[{'type':'list_item','content':["
                        + paragraph(text("three")) + "]}]}");

        assertEquals("<ul><li><p>one</p></li><li><p>two</p></li></ul><ol start=\"3\"><li><p>three</p></li></ol>",
                RichText.toHtml(doc));
        assertEquals("- one\n- two\n\n3. three", RichText.toPlainText(doc));
    }

    @Test
    void appliesMarksInOrderAndClosesThemInReverse() {
        JsonNode doc = doc(paragraph("{'type':'text','text':'x','marks':[{'type':'bold'},{'type':'italic'},"
                + "{'type':'underline'},{'type':'strike'},{'type':'code'},{'type':'textStyle'}]}"));

        assertEquals("<p><strong><em><u><s><code>x</code></s></u></em></strong></p>", RichText.toHtml(doc));
    }

    @Test
    void rendersSafeLinksWithEscapedHref() {
        JsonNode doc = doc(paragraph(link("Benchmark", "https://example.com/a?x=1&y=\\'2\\'")));

        assertEquals("<p><a href=\"https://example.com/a?x=1&amp;y=&quot;2&quot;\">Benchmark</a></p>",
                RichText.toHtml(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com/x", "mailto:desk@example.com",
        "/article/relative", "#section", "../up", "page.html", "?q=1"})
    void keepsLinksWithAllowedSchemesOrRelative(String href) {
        String html = RichText.toHtml(doc(paragraph(link("go", href))));

        assertTrue(html.startsWith("<p><a href=\""), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
        "java\\tscript:alert(1)", "java\\nscript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox", "file:///etc/passwd"})
    void dropsLinksWithOtherSchemesButKeepsTheirText(String href) {
        String html = RichText.toHtml(doc(paragraph(link("click", href))));

        assertEquals("<p>click</p>", html);
    }

    @Test
    void opensBlankTargetsWithoutOpener() {
        JsonNode doc = doc(paragraph("{'type':'text','text':'x','marks':[{'type':'link','attrs':"
                + "{'href':'https://example.com','target':'_blank'}}]}"));

        assertEquals("<p><a href=\"https://example.com\" target=\"_blank\" rel=\"noopener noreferrer\">x</a></p>",
                RichText.toHtml(doc));
    }

    @Test
    void ignoresUnknownTargetsAndNestsOnlyOneAnchor() {
        JsonNode doc = doc(paragraph("{'type':'text','text':'x','marks':["
                + "{'type':'link','attrs':{'href':'https://a.example','target':'\\'onclick=1'}},"
                + "{'type':'link','attrs':{'href':'https://b.example'}}]}"));

        assertEquals("<p><a href=\"https://a.example\">x</a></p>", RichText.toHtml(doc));
    }

    @Test
    void turnsEmailLinksIntoMailto() {
        JsonNode doc = doc(paragraph("{'type':'text','text':'mail','marks':[{'type':'link','attrs':"
                + "{'href':'desk@example.com','linktype':'email'}}]}"));

        assertEquals("<p><a href=\"mailto:desk@example.com\">mail</a></p>", RichText.toHtml(doc));
    }

    @Test
    void rendersImagesOnlyFromSafeSources() {
        assertEquals("<img src=\"https://cdn.example/a.png\" alt=\"A &quot;chart&quot;\">", RichText.toHtml(doc(
                "{'type':'image','attrs':{'src':'https://cdn.example/a.png','alt':'A \\'chart\\''}}")));
        assertEquals("", RichText.toHtml(doc("{'type':'image','attrs':{'src':'javascript:alert(1)'}}")));
    }

    @Test
    void rendersBloksAsFiguresAndKeepsTheirTitleInPlainText() {
        JsonNode doc = doc(
                paragraph(text("Before.")),
                "{'type':'blok','attrs':{'id':'b1','body':[{'component':'ContentFlourish','id':'20835984',"
                        + "'title':'Supply <2024>','caption':'Source: Benchmark','src':'https://cdn.example/v.png'}]}}",
                "{'type':'blok','attrs':{'id':'b2','body':[{'component':'ContentFlourish','id':'1'}]}}",
                paragraph(text("After.")));

        assertEquals("<p>Before.</p>"
                + "<figure class=\"blok\" data-component=\"ContentFlourish\" data-id=\"20835984\">"
                + "<img src=\"https://cdn.example/v.png\" alt=\"Supply &lt;2024&gt;\">"
                + "<figcaption><strong>Supply &lt;2024&gt;</strong> Source: Benchmark</figcaption></figure>"
                + "<figure class=\"blok\" data-component=\"ContentFlourish\" data-id=\"1\"></figure>"
                + "<p>After.</p>", RichText.toHtml(doc));
        assertEquals("Before.\n\nSupply <2024>\n\nAfter.", RichText.toPlainText(doc));
    }

    @Test
    void plainTextSeparatesBlocksWithBlankLinesAndDropsMarkupAndEmptyParagraphs() {
        JsonNode doc = doc(
                "{'type':'heading','attrs':{'level':4},'content':[" + text("Heading") + "]}",
                paragraph(text("Read "), link("this", "https://example.com"), text(" now. ")),
                "{'type':'paragraph','content':[]}",
                paragraph(text("Line one"), "{'type':'hard_break'}", text("line two")));

        assertEquals("Heading\n\nRead this now.\n\nLine one\nline two", RichText.toPlainText(doc));
    }

    @Test
    void toleratesMissingDocuments() {
        assertEquals("", RichText.toHtml(null));
        assertEquals("", RichText.toPlainText(null));
        assertEquals("", RichText.toHtml(json("'not a doc'")));
    }

    @Test
    void buildsParagraphDocumentsSkippingBlanks() {
        JsonNode doc = RichText.fromParagraphs(Arrays.asList(" First paragraph. ", "", null, "Second <one>."));

        assertEquals("{\"type\":\"doc\",\"content\":["
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"First paragraph.\"}]},"
                + "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"Second <one>.\"}]}]}",
                doc.toString());
        assertEquals("<p>First paragraph.</p><p>Second &lt;one&gt;.</p>", RichText.toHtml(doc));
        assertEquals("First paragraph.\n\nSecond <one>.", RichText.toPlainText(doc));
        assertEquals(0, RichText.fromParagraphs(List.of()).get("content").size());
    }
}
