package dev.tidewatch.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Run-time knobs read from small files in the control directory (re-read at most once a second):
 * {@code rate} (generator events/s) and {@code falls-behind-rate} (tw-falls-behind msgs/s).
 * A missing or unparsable file means "use the command-line value".
 */
final class Control {
    private final Path dir;
    private final double defaultRate;
    private final double defaultFallsBehindRate;
    private volatile long lastRead;
    private volatile double rate;
    private volatile double fallsBehindRate;

    Control(Path dir, double defaultRate, double defaultFallsBehindRate) {
        this.dir = dir;
        this.defaultRate = defaultRate;
        this.defaultFallsBehindRate = defaultFallsBehindRate;
        this.rate = defaultRate;
        this.fallsBehindRate = defaultFallsBehindRate;
    }

    double rate() { refresh(); return rate; }

    double fallsBehindRate() { refresh(); return fallsBehindRate; }

    Path dir() { return dir; }

    private void refresh() {
        long now = System.currentTimeMillis();
        if (dir == null || now - lastRead < 1000) return;
        lastRead = now;
        rate = read("rate", defaultRate);
        fallsBehindRate = read("falls-behind-rate", defaultFallsBehindRate);
    }

    private double read(String name, double def) {
        Path p = dir.resolve(name);
        try {
            if (!Files.exists(p)) return def;
            double v = Double.parseDouble(Files.readString(p, StandardCharsets.UTF_8).trim());
            return v >= 0 && !Double.isNaN(v) && !Double.isInfinite(v) ? v : def;
        } catch (IOException | NumberFormatException e) {
            return def;
        }
    }

    /** Writes a small JSON status file next to the knobs (best effort, atomic rename). */
    void writeStatus(String json) {
        if (dir == null) return;
        try {
            Path tmp = dir.resolve("stats.json.tmp");
            Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve("stats.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Log.warn("cannot write stats.json: " + e);
        }
    }
}

final class Log {
    private Log() {}

    static void info(String msg) { System.out.println(Instant.now() + " INFO " + msg); }

    static void warn(String msg) { System.out.println(Instant.now() + " WARN " + msg); }
}
