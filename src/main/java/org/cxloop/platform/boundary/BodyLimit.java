package org.cxloop.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.cxloop.platform.control.Config;
import org.cxloop.platform.control.ProblemException;

/**
 * Refuses request bodies over {@code CXLOOP_API_MAX_BODY_BYTES} (default 1 MiB) with 413 problem+json: at once when
 * Content-Length says so, and while reading when the body arrives chunked.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    static final long MAX_BYTES = Config.number("CXLOOP_API_MAX_BODY_BYTES", 1_048_576);
    /** Bodies up to this size are read and dropped before the 413, so that the client gets to read the answer. */
    static final long DRAIN_BYTES = 8L * 1_048_576;

    @Override
    public void filter(ContainerRequestContext request) {
        int length = request.getLength();
        if (length > MAX_BYTES) {
            if (length <= DRAIN_BYTES) {
                drain(request.getEntityStream());
            }
            throw new ProblemException(413, "payload-too-large", MAX_BYTES);
        }
    }

    private static void drain(InputStream body) {
        byte[] buffer = new byte[65_536];
        try {
            long total = 0;
            for (int n = body.read(buffer); n > 0 && total <= DRAIN_BYTES; n = body.read(buffer)) {
                total += n;
            }
        } catch (IOException e) {
            // the client went away; the 413 is all there is to say
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), MAX_BYTES));
        return context.proceed();
    }

    static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new ProblemException(413, "payload-too-large", limit);
            }
        }
    }
}
