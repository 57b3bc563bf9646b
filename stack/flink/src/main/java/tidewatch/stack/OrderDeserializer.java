package tidewatch.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the JSON value of an {@code orders} record. A record is malformed when it is not a JSON
 * object, when {@code order_id}, {@code customer_id} or {@code event_type} is not a non-empty string,
 * when {@code event_time} is not ISO-8601 text, or when {@code amount} is present but not a number.
 * Malformed records are dropped and counted in the {@code malformedRecords} counter, so a bad record
 * never fails the job.
 */
public class OrderDeserializer implements KafkaRecordDeserializationSchema<Order> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OrderDeserializer.class);

    private transient ObjectMapper mapper;
    private transient Counter malformed;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        mapper = new ObjectMapper();
        malformed = context.getMetricGroup().counter("malformedRecords");
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<Order> out) {
        Order order = parse(record.value());
        if (order == null) {
            malformed.inc();
            if (malformed.getCount() <= 10 || malformed.getCount() % 1000 == 0) {
                LOG.warn("dropping malformed record #{} at {}-{}@{}: {}", malformed.getCount(),
                        record.topic(), record.partition(), record.offset(), preview(record.value()));
            }
            return;
        }
        out.collect(order);
    }

    private Order parse(byte[] value) {
        if (value == null) {
            return null;
        }
        JsonNode root;
        try {
            root = mapper.readTree(value);
        } catch (Exception e) {
            return null;
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        Long eventTime = parseEventTime(root.get("event_time"));
        JsonNode amount = root.get("amount");
        if (eventTime == null || !isText(root.get("order_id")) || !isText(root.get("customer_id"))
                || !isText(root.get("event_type")) || (amount != null && !amount.isNumber())) {
            return null;
        }
        return new Order(root.get("customer_id").asText(), root.get("event_type").asText(),
                amount != null ? amount.asDouble() : 0.0, eventTime, new String(value, StandardCharsets.UTF_8));
    }

    private static boolean isText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isEmpty();
    }

    /** ISO-8601 text, e.g. "2025-01-01T12:00:00.123Z" or with an offset; anything else is malformed. */
    private static Long parseEventTime(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String s = node.asText();
        try {
            return Instant.parse(s).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @Override
    public TypeInformation<Order> getProducedType() {
        return TypeInformation.of(Order.class);
    }

    /** For logging only: a short printable prefix of a raw value. */
    static String preview(byte[] value) {
        if (value == null) {
            return "null";
        }
        String s = new String(value, StandardCharsets.UTF_8);
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
