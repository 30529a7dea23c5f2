package org.w3id.attache.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * HTTP/1.1 spoken over a plain socket, for what {@code java.net.http} cannot do: send from another
 * loopback address (127.0.0.2, a second client of the same machine) and send a body slowly.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** The status of a GET of {@code pathAndQuery} sent from {@code from}, or -1 when the connection closed first. */
    static int get(String from, int port, String pathAndQuery, Duration timeout) throws IOException {
        try (Socket socket = connect(from, port, timeout)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/sparql-results+json\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return status(socket.getInputStream());
        }
    }

    /** The whole response to {@code request} (sent as it is) from 127.0.0.1, read until the server closes. */
    static String exchange(int port, String request) throws IOException {
        try (Socket socket = connect("127.0.0.1", port, Duration.ofSeconds(30))) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A socket from local address {@code from} to 127.0.0.1:{@code port}, reads timing out after {@code timeout}. */
    static Socket connect(String from, int port, Duration timeout) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5000);
        socket.setSoTimeout((int) timeout.toMillis());
        return socket;
    }

    /** The status code of the response on {@code in}, or -1 when it ends before a status line. */
    static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ");
        return parts.length > 1 && parts[0].startsWith("HTTP/") ? Integer.parseInt(parts[1]) : -1;
    }
}
