package org.w3id.attache.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML file once, with nothing kept, under limits on entity expansion, before the RDF/XML
 * parser reads it. Jena parses RDF/XML with whichever SAX parser is on the class path (here
 * Xerces, which sets no limit), so a kilobyte of nested entity declarations ("billion laughs")
 * expands to gigabytes there. This pass uses the JDK's own parser, which counts expansions and
 * their total size and stops at the limits below; a file that passes expands to at most
 * {@link #TOTAL_ENTITY_CHARS} characters in any parser. External entities and DTDs are not read.
 */
final class XmlEntityLimits {
    /** Entity references expanded in one file: the JDK's default, far above what namespace abbreviations need. */
    static final int EXPANSIONS = 64_000;
    /** Characters all expanded entities of one file may come to. */
    static final int TOTAL_ENTITY_CHARS = 10_000_000;

    private XmlEntityLimits() {
    }

    /**
     * Reads {@code in} (the content of {@code file}) to its end.
     *
     * @throws RdfSyntaxException naming the file, line and column if the XML is malformed or goes over a limit
     */
    static void check(Path file, InputStream in) {
        try {
            parser().parse(in, new DefaultHandler());
        } catch (SAXParseException e) {
            throw new RdfSyntaxException(file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new RdfSyntaxException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RdfSyntaxException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static SAXParser parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        SAXParser parser = factory.newSAXParser();
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        parser.setProperty("jdk.xml.entityExpansionLimit", Integer.toString(EXPANSIONS));
        parser.setProperty("jdk.xml.totalEntitySizeLimit", Integer.toString(TOTAL_ENTITY_CHARS));
        return parser;
    }
}
