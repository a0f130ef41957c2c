package dev.arrears.invoice.ubl;

import dev.arrears.contracts.Money;
import dev.arrears.invoice.domain.InvalidInput;
import dev.arrears.invoice.domain.InvoiceLine;
import dev.arrears.invoice.domain.IssueInvoice;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a UBL 2.1 invoice (Peppol BIS Billing 3.0) into the {@link IssueInvoice} that books it.
 *
 * <p>Rejections name the UBL element at fault as a path below {@code /Invoice} ({@code "cbc:IssueDate"},
 * {@code "cac:InvoiceLine[2]/cbc:LineExtensionAmount"}), {@code "Invoice"} for the document itself, and the
 * IssueInvoice field ({@code "dueDate"}, {@code "customerId"}) where several elements could have supplied it.
 * Holds no state, so one instance may serve concurrent requests.
 */
public class UblInvoiceReader {

    static final String INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    static final String CAC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

    private static final String DOCUMENT = "Invoice";
    private static final String CURRENCY_ID = "currencyID";

    // xsd:decimal as UBL amounts and quantities use it; BigDecimal alone would also take "1E+3".
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    // The default handler prints "[Fatal Error]" to stderr before throwing; the caller gets the reason instead.
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    public IssueInvoice read(InputStream xml) {
        Objects.requireNonNull(xml, "xml");
        Element invoice = invoiceRoot(parse(xml));

        String invoiceNumber = text(required(invoice, "cbc:ID", "BT-1"));
        LocalDate issueDate = date(required(invoice, "cbc:IssueDate", "BT-2"));
        LocalDate dueDate = date(dueDateElement(invoice));
        String currency = currency(required(invoice, "cbc:DocumentCurrencyCode", "BT-5"));
        requireDocumentCurrencyEverywhere(invoice, currency);
        String customerId = text(customerIdElement(invoice));

        Money total = money(required(invoice, "cac:LegalMonetaryTotal/cbc:PayableAmount", "BT-115"), currency);
        Money tax = taxAmount(invoice, currency);
        return new IssueInvoice(customerId, invoiceNumber, issueDate, dueDate, total, tax, null, lines(invoice, currency));
    }

    private static Document parse(InputStream xml) {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_ON_ERROR);
            // Second line of defence: even if a DOCTYPE slipped through, nothing outside the document is fetched.
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is refused");
            });
            return builder.parse(xml);
        } catch (SAXParseException e) {
            throw new InvalidInput(DOCUMENT, "not an acceptable XML document (line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + "): " + e.getMessage());
        } catch (SAXException e) {
            throw new InvalidInput(DOCUMENT, "not an acceptable XML document: " + e.getMessage());
        } catch (CharConversionException e) {
            // Bytes that do not fit the declared encoding are the sender's fault, not an I/O failure.
            throw new InvalidInput(DOCUMENT, "not readable in its declared encoding: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser refused a security setting", e);
        }
    }

    /**
     * The JDK's own parser (not whatever the classpath offers) with DOCTYPEs refused outright: that rules out
     * XXE, external DTDs and entity-expansion bombs before any of them is read.
     */
    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    private static Element invoiceRoot(Document document) {
        Element root = document.getDocumentElement();
        if (!INVOICE_NS.equals(root.getNamespaceURI()) || !"Invoice".equals(root.getLocalName())) {
            String found = root.getNamespaceURI() == null ? root.getLocalName() + " in no namespace"
                    : root.getLocalName() + " in " + root.getNamespaceURI();
            throw new InvalidInput(DOCUMENT, "the root element is " + found + ", but only a UBL Invoice (" + INVOICE_NS
                    + ") can be read");
        }
        return root;
    }

    /** BT-9; UBL 2.1 senders outside Peppol put the due date on the payment means instead. */
    private static Element dueDateElement(Element invoice) {
        Element due = optional(invoice, "cbc:DueDate");
        if (due != null) {
            return due;
        }
        for (Element means : children(invoice, "cac:PaymentMeans")) {
            Element paymentDue = optional(means, "cbc:PaymentDueDate");
            if (paymentDue != null) {
                return paymentDue;
            }
        }
        throw new InvalidInput("dueDate", "neither cbc:DueDate (BT-9) nor cac:PaymentMeans/cbc:PaymentDueDate is present");
    }

    /** The buyer identifier (BT-46) is what an ERP keys customers by; the Peppol endpoint (BT-49) is the fallback. */
    private static Element customerIdElement(Element invoice) {
        Element id = optional(invoice, "cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID");
        if (id == null) {
            id = optional(invoice, "cac:AccountingCustomerParty/cac:Party/cbc:EndpointID");
        }
        if (id == null) {
            throw new InvalidInput("customerId", "neither cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID"
                    + " (BT-46) nor cac:AccountingCustomerParty/cac:Party/cbc:EndpointID (BT-49) is present");
        }
        return id;
    }

    /**
     * BT-110. A second TaxTotal may state the tax in the VAT accounting currency (BT-111); it is not what
     * the customer owes, so only the one in the document currency counts.
     */
    private static Money taxAmount(Element invoice, String currency) {
        Element found = null;
        for (Element taxTotal : children(invoice, "cac:TaxTotal")) {
            Element amount = required(taxTotal, "cbc:TaxAmount", "BT-110");
            if (currency.equals(amount.getAttribute(CURRENCY_ID))) {
                if (found != null) {
                    throw new InvalidInput(path(taxTotal), "more than one cac:TaxTotal states the tax in " + currency);
                }
                found = amount;
            }
        }
        return found == null ? Money.zero(currency) : money(found, currency);
    }

    private static List<InvoiceLine> lines(Element invoice, String currency) {
        List<Element> elements = children(invoice, "cac:InvoiceLine");
        if (elements.isEmpty()) {
            throw new InvalidInput("cac:InvoiceLine", "an invoice needs at least one cac:InvoiceLine (BG-25)");
        }
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Element line = elements.get(i);
            // Numbered by position: the line id (BT-126) is the sender's free text, disputes name lines 1..n.
            lines.add(new InvoiceLine(i + 1,
                    text(required(line, "cac:Item/cbc:Name", "BT-153")),
                    decimal(required(line, "cbc:InvoicedQuantity", "BT-129")),
                    amount(required(line, "cac:Price/cbc:PriceAmount", "BT-146"), currency),
                    amount(required(line, "cbc:LineExtensionAmount", "BT-131"), currency)));
        }
        return List.copyOf(lines);
    }

    /**
     * Every amount must be in the document currency, except the tax total in the VAT accounting currency
     * (BT-111), which Peppol requires to differ from it.
     */
    private static void requireDocumentCurrencyEverywhere(Element invoice, String currency) {
        Element taxCurrencyElement = optional(invoice, "cbc:TaxCurrencyCode");
        String taxCurrency = taxCurrencyElement == null ? null : text(taxCurrencyElement);
        NodeList all = invoice.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (!element.hasAttribute(CURRENCY_ID)) {
                continue;
            }
            if (taxCurrency != null && taxCurrency.equals(element.getAttribute(CURRENCY_ID)) && isTaxTotalAmount(element, invoice)) {
                continue;
            }
            requireCurrency(element, currency);
        }
    }

    private static boolean isTaxTotalAmount(Element element, Element invoice) {
        Node parent = element.getParentNode();
        return is(element, "cbc:TaxAmount") && parent instanceof Element taxTotal && is(taxTotal, "cac:TaxTotal")
                && taxTotal.getParentNode() == invoice;
    }

    private static String currency(Element element) {
        String code = text(element);
        try {
            Money.currencyOf(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(path(element), e.getMessage());
        }
    }

    private static void requireCurrency(Element amount, String currency) {
        if (!amount.hasAttribute(CURRENCY_ID)) {
            throw new InvalidInput(path(amount), path(amount) + " has no currencyID");
        }
        String actual = amount.getAttribute(CURRENCY_ID);
        if (!currency.equals(actual)) {
            throw new InvalidInput(path(amount), path(amount) + " is in " + actual + " but the document currency"
                    + " (cbc:DocumentCurrencyCode) is " + currency);
        }
    }

    private static BigDecimal amount(Element element, String currency) {
        requireCurrency(element, currency);
        return decimal(element);
    }

    private static Money money(Element element, String currency) {
        try {
            return new Money(amount(element, currency), currency);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(path(element), path(element) + ": " + e.getMessage());
        }
    }

    private static BigDecimal decimal(Element element) {
        String value = text(element);
        if (!DECIMAL.matcher(value).matches()) {
            throw new InvalidInput(path(element), path(element) + " must be a decimal number but is '" + value + "'");
        }
        return new BigDecimal(value);
    }

    private static LocalDate date(Element element) {
        String value = text(element);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(path(element), path(element) + " must be a date YYYY-MM-DD but is '" + value + "'");
        }
    }

    private static String text(Element element) {
        String value = element.getTextContent().strip();
        if (value.isEmpty()) {
            throw new InvalidInput(path(element), path(element) + " is empty");
        }
        return value;
    }

    /** Follows {@code steps} ("cac:Party/cbc:ID"), taking the first match at each step. */
    private static Element required(Element from, String steps, String businessTerm) {
        Element found = optional(from, steps);
        if (found == null) {
            String field = join(path(from), steps);
            throw new InvalidInput(field, field + " (" + businessTerm + ") is missing");
        }
        return found;
    }

    private static Element optional(Element from, String steps) {
        Element current = from;
        for (String step : steps.split("/")) {
            List<Element> matches = children(current, step);
            if (matches.isEmpty()) {
                return null;
            }
            current = matches.get(0);
        }
        return current;
    }

    private static List<Element> children(Element parent, String qualifiedName) {
        List<Element> matches = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element && is(element, qualifiedName)) {
                matches.add(element);
            }
        }
        return matches;
    }

    private static boolean is(Element element, String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        String namespace = switch (qualifiedName.substring(0, colon)) {
            case "cbc" -> CBC_NS;
            case "cac" -> CAC_NS;
            default -> throw new IllegalArgumentException(qualifiedName);
        };
        return namespace.equals(element.getNamespaceURI()) && qualifiedName.substring(colon + 1).equals(element.getLocalName());
    }

    /** Where an element sits below the root, with an XPath position wherever it has same-named siblings. */
    static String path(Element element) {
        Deque<String> steps = new ArrayDeque<>();
        for (Element e = element; e.getParentNode() instanceof Element parent; e = parent) {
            steps.addFirst(step(e, parent));
        }
        return String.join("/", steps);
    }

    private static String step(Element element, Element parent) {
        int position = 0;
        int count = 0;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element sibling && Objects.equals(sibling.getNamespaceURI(), element.getNamespaceURI())
                    && sibling.getLocalName().equals(element.getLocalName())) {
                count++;
                if (sibling == element) {
                    position = count;
                }
            }
        }
        String name = CBC_NS.equals(element.getNamespaceURI()) ? "cbc:" + element.getLocalName()
                : CAC_NS.equals(element.getNamespaceURI()) ? "cac:" + element.getLocalName()
                : element.getNodeName();
        return count > 1 ? name + "[" + position + "]" : name;
    }

    private static String join(String path, String steps) {
        return path.isEmpty() ? steps : path + "/" + steps;
    }
}
