package dev.tidewatch.workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal "--name value" / "--flag" command-line parser. */
final class Options {
    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> known = new LinkedHashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                } else if (name.startsWith("no-")) {
                    value = "false";
                    name = name.substring(3);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                } else {
                    value = "true";
                }
                values.put(name, value);
            } else {
                positional.add(a);
            }
        }
    }

    /** Declares an option (for --help and for unknown-option checks). */
    Options describe(String name, String help) {
        known.put(name, help);
        return this;
    }

    void rejectUnknown() {
        for (String k : values.keySet()) {
            if (!known.containsKey(k)) {
                throw new IllegalArgumentException("unknown option --" + k + " (try --help)");
            }
        }
    }

    String usage() {
        StringBuilder sb = new StringBuilder();
        known.forEach((k, v) -> sb.append(String.format("  --%-26s %s%n", k, v)));
        return sb.toString();
    }

    List<String> positional() { return positional; }

    boolean has(String name) { return values.containsKey(name); }

    String str(String name, String def) { return values.getOrDefault(name, def); }

    boolean bool(String name, boolean def) {
        String v = values.get(name);
        if (v == null) return def;
        return v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("on");
    }

    double dbl(String name, double def) {
        String v = values.get(name);
        if (v == null) return def;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " expects a number, got '" + v + "'");
        }
    }

    long lng(String name, long def) {
        return (long) dbl(name, def);
    }
}
