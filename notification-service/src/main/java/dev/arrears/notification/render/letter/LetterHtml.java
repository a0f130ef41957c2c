package dev.arrears.notification.render.letter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the XHTML of {@code templates/channel/letter.html} into a {@link LetterDocument}. The letter template is ours and
 * well-formed, so a strict XML parser is enough; its parts are found by element and class ({@code header.sender},
 * {@code address.recipient}, {@code p.reference}, {@code p.date}, {@code h1.subject}, {@code section.body}, {@code table.items}, ...).
 */
final class LetterHtml {

    private LetterHtml() {
    }

    /** @throws IllegalArgumentException when the HTML is not a rendered letter */
    static LetterDocument parse(String xhtml) {
        Element html = parseXml(xhtml).getDocumentElement();
        Element body = only(html, "body", null);
        Element header = only(body, "header", "sender");
        Element footer = only(body, "footer", "legal");
        Element logo = first(header, "img", "logo");
        return new LetterDocument(html.getAttribute("lang"), text(only(html, "title", null)), body.getAttribute("data-page"),
                body.getAttribute("data-of"), logo == null ? null : logo.getAttribute("src"),
                text(only(header, "p", "sender-name")), texts(all(header, "p", null).stream()
                        .filter(p -> !"sender-name".equals(p.getAttribute("class"))).toList()),
                texts(all(header, "p", "address")),
                texts(all(only(body, "address", "recipient"), "p", null)), reference(first(body, "p", "reference")),
                text(only(body, "p", "date")),
                text(only(body, "h1", "subject")), paragraphs(only(body, "section", "body")), table(only(body, "table", "items")),
                paragraphs(only(body, "section", "payment")), paragraphs(only(body, "section", "closing")), paragraphs(footer));
    }

    private static String reference(Element reference) {
        return reference == null ? null : text(reference);
    }

    private static LetterDocument.Table table(Element table) {
        List<String> header = texts(all(only(table, "thead", null), "th", null));
        List<List<String>> rows = all(only(table, "tbody", null), "tr", null).stream().map(LetterHtml::cells).toList();
        List<Element> foot = all(only(table, "tfoot", null), "tr", null);
        return new LetterDocument.Table(header, rows, foot.stream().map(LetterHtml::cells).toList(),
                foot.stream().map(tr -> "strong".equals(tr.getAttribute("class"))).toList());
    }

    private static List<String> cells(Element row) {
        return texts(all(row, "td", null));
    }

    private static List<List<String>> paragraphs(Element section) {
        return all(section, "p", null).stream().map(LetterHtml::lines).toList();
    }

    /** A paragraph's lines, split at its {@code <br/>}s. */
    private static List<String> lines(Element paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        NodeList children = paragraph.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element e && "br".equals(e.getLocalName())) {
                lines.add(clean(line.toString()));
                line.setLength(0);
            } else {
                line.append(child.getTextContent());
            }
        }
        lines.add(clean(line.toString()));
        return lines.stream().filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> texts(List<Element> elements) {
        return elements.stream().map(LetterHtml::text).toList();
    }

    private static String text(Element element) {
        return clean(element.getTextContent());
    }

    /** Whitespace as HTML collapses it; no-break spaces are kept, they hold amounts together. */
    private static String clean(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    private static Element only(Element parent, String tag, String cssClass) {
        Element found = first(parent, tag, cssClass);
        if (found == null) {
            throw new IllegalArgumentException("not a rendered letter: it has no <" + tag + (cssClass == null ? "" : " class=\"" + cssClass + "\"")
                    + ">");
        }
        return found;
    }

    private static Element first(Element parent, String tag, String cssClass) {
        List<Element> found = all(parent, tag, cssClass);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> all(Element parent, String tag, String cssClass) {
        NodeList nodes = parent.getElementsByTagNameNS("*", tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static Document parseXml(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // Names come from customers' master data: no entity of theirs may reach the file system or the network.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not a rendered letter: " + e.getMessage(), e);
        }
    }
}
