package tidewatch.stack;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A file in the control directory whose presence switches a behaviour of the running job.
 * Existence is checked at most every {@code checkEveryMs} so per-record calls stay cheap.
 */
public final class ControlFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final long checkEveryMs;
    private transient boolean checked;
    private transient long nextCheckNanos;
    private transient boolean present;

    public ControlFile(String controlDir, String name, long checkEveryMs) {
        this.path = Paths.get(controlDir, name).toString();
        this.checkEveryMs = checkEveryMs;
    }

    /** Whether the file exists, as of the last check (at most checkEveryMs old). */
    public boolean isPresent() {
        long now = System.nanoTime();
        if (!checked || now - nextCheckNanos >= 0) {
            present = Files.exists(Paths.get(path));
            nextCheckNanos = now + checkEveryMs * 1_000_000L;
            checked = true;
        }
        return present;
    }

    /**
     * Deletes the file if it exists. Returns true for exactly one caller when several subtasks race,
     * because only one delete can succeed.
     */
    public boolean consume() {
        if (!isPresent()) {
            return false;
        }
        try {
            present = false;
            return Files.deleteIfExists(Paths.get(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete control file " + path, e);
        }
    }

    public Path path() {
        return Paths.get(path);
    }
}
