package org.cadreportal.cadre.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an uploaded LRMX file into a DOM, refusing what a hostile file would use: any DOCTYPE (so no
 * entity is ever declared, external or internal, and no billion laughs can expand), external DTDs,
 * schemas and XInclude, and anything over {@link Lrmx#MAX_FILE_BYTES}. LRMX files have no DOCTYPE, so a
 * real file loses nothing. A refused file yields a message key, never the parser's text (which may quote
 * the file).
 */
final class LrmxXml {

    /** Why a file cannot be read at all: a message key and its arguments. */
    static final class Refused extends Exception {

        final String messageKey;
        final transient Object[] args;

        Refused(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    private static final DocumentBuilderFactory FACTORY = factory();

    private LrmxXml() {
    }

    static Document parse(byte[] content) throws Refused {
        if (content.length > Lrmx.MAX_FILE_BYTES) {
            throw new Refused("lrmx.error.fileTooBig", Lrmx.MAX_FILE_BYTES / 1024 / 1024);
        }
        try {
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity");
            });
            return builder.parse(new InputSource(new ByteArrayInputStream(content)));
        } catch (SAXParseException e) {
            if (declaresDoctype(content)) {
                throw new Refused("lrmx.error.doctype");
            }
            throw new Refused("lrmx.error.xml", Math.max(e.getLineNumber(), 1));
        } catch (SAXException | IOException e) {
            throw new Refused(declaresDoctype(content) ? "lrmx.error.doctype" : "lrmx.error.xml", 1);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only to name the reason: the parser refuses a DOCTYPE whatever this finds. */
    private static boolean declaresDoctype(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        return head.contains("<!DOCTYPE") || head.contains("<\0!\0D\0O\0C\0T\0Y\0P\0E");
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be made safe", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setCoalescing(true);
        f.setIgnoringComments(true);
        return f;
    }

    /** Parse errors are answered by the exception; nothing goes to standard error. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
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
}
