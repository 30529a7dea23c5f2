package org.w3id.attache.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Fuseki's UI page ({@code /index.html}, which {@link UiPath} serves at {@code /sparql-ui/}), with
 * the links a read-only server without the admin module could only fail on hidden: managing
 * datasets, uploading, editing. The page is whatever {@code FMod_UI} serves;
 * one style rule goes into its head, so the UI's own files stay untouched.
 */
final class ReadOnlyUi implements Filter {
    static final String STYLE = "<style id=\"attache-read-only\">"
            // the menu's and the dataset tabs' links
            + "a[href=\"#/manage\"],a[href^=\"#/manage/\"],a[href$=\"/upload\"],a[href$=\"/edit\"],"
            // the buttons of the dataset list, known by their icons
            + "button:has(> svg[data-icon=\"upload\"]),button:has(> svg[data-icon=\"pen-to-square\"])"
            + "{display:none!important}"
            + "</style>";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!"GET".equals(http.getMethod()) || !path.equals("/index.html")) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse out = (HttpServletResponse) response;
        Buffered page = new Buffered(out);
        chain.doFilter(request, page);
        byte[] body = page.bytes();
        String type = page.getContentType();
        if (page.getStatus() == 200 && type != null && type.startsWith("text/html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            int head = html.indexOf("</head>");
            if (head >= 0) {
                body = (html.substring(0, head) + STYLE + html.substring(head)).getBytes(StandardCharsets.UTF_8);
            }
        }
        out.setContentLength(body.length);
        out.getOutputStream().write(body);
    }

    /** Holds the page back so that it can be changed before it is sent. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("the UI page is written synchronously");
            }
        };

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void flushBuffer() {
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
