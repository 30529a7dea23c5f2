package org.w3id.attache.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many expensive queries at once, and clients that send their request body slowly, must not stall
 * the server (issue 14, item 3). The fast version of {@code ServerUnderAttackLongIT}. Port 0,
 * loopback only; 127.0.0.2 plays a second client.
 */
class ServerExhaustionIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void fortyExpensiveQueriesGet503WhilePingAndAnotherClientAreAnswered() throws Exception {
        try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(200)).port(0)
                .queryTimeout(TIMEOUT).build().start()) {
            ExecutorService pool = Executors.newFixedThreadPool(40);
            try {
                List<Future<long[]>> expensive = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    String query = i % 2 == 0 ? AttackQueries.regexBomb(i) : AttackQueries.cartesianJoin(i);
                    expensive.add(pool.submit(() -> {
                        long start = System.nanoTime();
                        HttpResponse<String> r = Http.query(server, query, Duration.ofSeconds(60));
                        return new long[] {r.statusCode(), (System.nanoTime() - start) / 1_000_000};
                    }));
                }
                Thread.sleep(300); // the expensive ones are in
                long start = System.nanoTime();
                assertEquals(200, Http.get(server.homeUrl() + "/$/ping").statusCode(), "/$/ping");
                long pingMillis = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                int other = RawHttp.get("127.0.0.2", server.port(), "/attache/sparql?query=" + Http.encode("ASK { ?s ?p ?o }"),
                        Duration.ofSeconds(30));
                long otherMillis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(200, other, "a cheap query from another client");
                assertTrue(pingMillis < 1000, "/$/ping took " + pingMillis + " ms");
                assertTrue(otherMillis < 1000, "the other client's cheap query took " + otherMillis + " ms");
                for (Future<long[]> f : expensive) {
                    long[] result = f.get(60, TimeUnit.SECONDS);
                    assertEquals(503, result[0], "an expensive query's status");
                    assertTrue(result[1] <= TIMEOUT.toMillis() + 2000, "an expensive query took " + result[1] + " ms");
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void slowBodyClientIsCutOffAtTheMinimumDataRate() throws Exception {
        try (SparqlServer server = SparqlServer.create().dataset(EndpointHardeningIT.datasetOf(1)).port(0).build().start();
                Socket socket = RawHttp.connect("127.0.0.1", server.port(), Duration.ofSeconds(30))) {
            String body = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(170);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /attache/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\nContent-Type: application/sparql-query\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            boolean closed = false;
            InputStream in = socket.getInputStream();
            for (int i = 0; i < body.length() && !closed; i++) { // one byte every 200 ms: 40 s for the whole body
                try {
                    out.write(body.charAt(i));
                    out.flush();
                } catch (SocketException e) {
                    closed = true;
                }
                Thread.sleep(200);
                closed = closed || serverClosed(socket, in);
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(15)) {
                    break;
                }
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(closed, "the slow client was still connected after " + millis + " ms");
            assertTrue(millis < ServerLimitsGrace.MILLIS + 3000, "cut off after " + millis + " ms");
        }
    }

    /** True when the server has closed the connection (or answered it): something or the end can be read. */
    private static boolean serverClosed(Socket socket, InputStream in) throws IOException {
        socket.setSoTimeout(1);
        try {
            in.read(); // a response, or the end of the stream
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true;
        } finally {
            socket.setSoTimeout(30_000);
        }
    }

    /** The grace a request body has before the minimum rate applies (3 s), spelled out for the old code too. */
    private static final class ServerLimitsGrace {
        static final long MILLIS = 3000;
    }
}
