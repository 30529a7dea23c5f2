package org.w3id.attache.serve;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cuts off a client that sends its request body too slowly: after a grace period from the
 * request's headers, the body must have arrived at {@code bytesPerSecond} on average, checked
 * every {@value #CHECK_MILLIS} ms while it is being read; below that the connection is closed.
 * A client dribbling a body (or announcing one and sending nothing) would otherwise hold a server
 * thread for as long as it likes. Requests without a body are not watched.
 */
final class MinimumBodyRate extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(MinimumBodyRate.class);
    private static final long CHECK_MILLIS = 250;
    private static final String CUT_OFF = MinimumBodyRate.class.getName() + ".cutOff";

    private final long bytesPerSecond;
    private final long graceNanos;

    MinimumBodyRate(Handler handler, long bytesPerSecond, Duration grace) {
        super(handler);
        this.bytesPerSecond = bytesPerSecond;
        this.graceNanos = grace.toNanos();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() == 0 || (request.getLength() < 0 && !request.getHeaders().contains("Transfer-Encoding"))) {
            return super.handle(request, response, callback);
        }
        CountedBody counted = new CountedBody(request);
        AtomicBoolean done = new AtomicBoolean();
        new Watch(counted, done, getServer().getScheduler(), System.nanoTime()).schedule();
        return super.handle(counted, response, Callback.from(callback, () -> done.set(true)));
    }

    /** Checks, until the body is read or the request is done, that the body keeps up with the rate. */
    private final class Watch implements Runnable {
        private final CountedBody body;
        private final AtomicBoolean done;
        private final Scheduler scheduler;
        private final long start;

        Watch(CountedBody body, AtomicBoolean done, Scheduler scheduler, long start) {
            this.body = body;
            this.done = done;
            this.scheduler = scheduler;
            this.start = start;
        }

        void schedule() {
            scheduler.schedule(this, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            if (done.get() || body.finished.get()) {
                return;
            }
            long late = System.nanoTime() - start - graceNanos;
            long due = late <= 0 ? 0 : Math.max(1, late / 1_000_000 * bytesPerSecond / 1000);
            if (body.bytes.get() < due) {
                String why = "request body from " + Request.getRemoteAddr(body) + " slower than " + bytesPerSecond + " bytes/s: "
                        + body.bytes.get() + " bytes in " + (System.nanoTime() - start) / 1_000_000 + " ms";
                LOG.warn("connection closed: {}", why);
                body.setAttribute(CUT_OFF, why);
                body.getConnectionMetaData().getConnection().getEndPoint().close(new TimeoutException(why));
            } else {
                schedule();
            }
        }
    }

    /**
     * {@code handler}, not called for a request whose body was cut off (a handler that reads bodies
     * ahead, as {@code EagerContentHandler} does, passes the request on even then): the request
     * just fails, and no servlet reports a broken body with a stack trace.
     */
    static Handler skippingCutOff(Handler handler) {
        return new Handler.Wrapper(handler) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getAttribute(CUT_OFF) instanceof String why) {
                    callback.failed(new TimeoutException(why));
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
    }

    /** The request, counting the body bytes read through it. */
    private static final class CountedBody extends Request.Wrapper {
        final AtomicLong bytes = new AtomicLong();
        final AtomicBoolean finished = new AtomicBoolean();

        CountedBody(Request request) {
            super(request);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk != null) {
                bytes.addAndGet(chunk.remaining());
                if (chunk.isLast() || Content.Chunk.isFailure(chunk)) {
                    finished.set(true);
                }
            }
            return chunk;
        }
    }
}
