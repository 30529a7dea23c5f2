package org.w3id.attache.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reading the parameters of a page request and sending its answer, the same way for every page and API. */
final class Requests {
    private Requests() {
    }

    /**
     * The parameter {@code name} as a non-negative whole number, {@code absent} when it is not
     * given or empty.
     *
     * @throws IllegalArgumentException when it is given and no such number
     */
    static int intParameter(HttpServletRequest request, String name, int absent) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number from 0, got '"
                    + (value.length() > 20 ? value.substring(0, 20) + "…" : value) + "'");
        }
    }

    /** Sends {@code body} as UTF-8 of media type {@code type} with {@code status}. */
    static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type + ";charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
