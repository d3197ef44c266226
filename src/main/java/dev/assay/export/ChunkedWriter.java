package dev.assay.export;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** Writes text to a chunked response from a worker thread, blocking while the response's write queue is full. */
final class ChunkedWriter {

    static final int CHUNK = 32 * 1024;

    private final HttpServerResponse response;
    private final long stallNanos;
    private final StringBuilder pending = new StringBuilder(CHUNK + 256);
    private volatile boolean gone;
    private volatile CountDownLatch drained;

    ChunkedWriter(HttpServerResponse response, Duration stallLimit) {
        this.response = response;
        this.stallNanos = stallLimit.toNanos();
        response.closeHandler(ignored -> markGone());
        response.exceptionHandler(ignored -> markGone());
    }

    /** Sends the status and headers, without a Content-Length: the body follows in chunks. */
    void begin(String contentType, String disposition) {
        response.setStatusCode(200).setChunked(true)
                .putHeader("Content-Type", contentType)
                .putHeader("Content-Disposition", disposition)
                // The rows depend on the caller's entitlements.
                .putHeader("Cache-Control", "private, no-store");
    }

    /** The buffer to append the next text to; call {@link #flushIfFull()} after each row. */
    StringBuilder buffer() {
        return pending;
    }

    void flushIfFull() throws ClientGoneException, InterruptedException {
        if (pending.length() >= CHUNK) {
            flush();
        }
    }

    /** Writes what is left and ends the response (the terminating chunk tells the client the file is whole). */
    void end() throws ClientGoneException, InterruptedException {
        flush();
        response.end();
    }

    boolean clientGone() {
        return gone;
    }

    private void flush() throws ClientGoneException, InterruptedException {
        if (pending.isEmpty()) {
            return;
        }
        awaitRoom();
        try {
            response.write(Buffer.buffer(pending.toString()));
        } catch (IllegalStateException closed) {
            gone = true;
            throw new ClientGoneException("the response was closed");
        }
        pending.setLength(0);
    }

    private void awaitRoom() throws ClientGoneException, InterruptedException {
        long deadline = System.nanoTime() + stallNanos;
        while (true) {
            if (gone) {
                throw new ClientGoneException("the client closed the connection");
            }
            if (!response.writeQueueFull()) {
                return;
            }
            CountDownLatch latch = new CountDownLatch(1);
            drained = latch;
            response.drainHandler(ignored -> latch.countDown());
            // The queue may have drained between the check and installing the handler: look again.
            if (!response.writeQueueFull()) {
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new ClientGoneException("the client stopped reading");
            }
            // Woken by the drain or by the client leaving; the periodic wake-up only guards against a lost signal.
            latch.await(Math.min(left, TimeUnit.SECONDS.toNanos(1)), TimeUnit.NANOSECONDS);
        }
    }

    private void markGone() {
        gone = true;
        CountDownLatch latch = drained;
        if (latch != null) {
            latch.countDown();
        }
    }
}
