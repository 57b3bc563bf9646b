package tidewatch.stack;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes each element's toString() to the job log at INFO (for the low-volume window results). */
public class LoggingSink<T> implements Sink<T> {
    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        return new SinkWriter<>() {
            private final Logger log = LoggerFactory.getLogger(LoggingSink.class);

            @Override
            public void write(T element, Context ctx) {
                log.info("{}", element);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
