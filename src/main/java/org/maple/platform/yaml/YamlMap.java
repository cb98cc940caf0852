package org.maple.platform.yaml;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read with line numbers, for loaders that must report "file, line, reason".
 * Every accessor records a problem (through the reporter) instead of throwing, so a loader can
 * collect every problem in a file in one pass. Lines are 1-based and include {@code lineOffset}
 * (the lines before a Markdown file's front matter).
 */
public final class YamlMap {

    /** Receives (line, reason) for each problem found. */
    public interface Reporter extends BiConsumer<Integer, String> {
    }

    private final MappingNode node;
    private final int lineOffset;
    private final Reporter reporter;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> read = new LinkedHashSet<>();

    private YamlMap(MappingNode node, int lineOffset, Reporter reporter) {
        this.node = node;
        this.lineOffset = lineOffset;
        this.reporter = reporter;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                if (entries.putIfAbsent(k.getValue(), t) != null) {
                    reporter.accept(line(k), "duplicate field '" + k.getValue() + "'");
                }
            } else {
                reporter.accept(line(t.getKeyNode()), "field names must be plain text");
            }
        }
    }

    /**
     * Parses text whose top level must be a mapping. Syntax errors and a non-mapping top level are
     * reported and give an empty Optional.
     */
    public static Optional<YamlMap> parse(String text, int lineOffset, Reporter reporter) {
        try (Reader r = new StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported by us, with the line
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(2 * 1024 * 1024);
            Node root = new Yaml(options).compose(r);
            if (root == null) {
                reporter.accept(lineOffset + 1, "the file is empty");
                return Optional.empty();
            }
            if (!(root instanceof MappingNode m)) {
                reporter.accept(lineOffset + root.getStartMark().getLine() + 1,
                        "expected 'field: value' lines at the top level");
                return Optional.empty();
            }
            return Optional.of(new YamlMap(m, lineOffset, reporter));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            reporter.accept(lineOffset + line, "YAML syntax: " + e.getProblem());
            return Optional.empty();
        } catch (Exception e) {
            reporter.accept(lineOffset + 1, "YAML syntax: " + e.getMessage());
            return Optional.empty();
        }
    }

    public int line() {
        return line(node);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Line of a field's value, or of the mapping when absent. */
    public int lineOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? line() : line(t.getValueNode());
    }

    public void problem(String key, String reason) {
        reporter.accept(lineOf(key), reason);
    }

    public Optional<String> optionalString(String key) {
        read.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        if (t.getValueNode() instanceof ScalarNode s) {
            return Optional.of(s.getValue().strip());
        }
        reporter.accept(line(t.getValueNode()), "'" + key + "' must be a single value");
        return Optional.empty();
    }

    public String string(String key) {
        Optional<String> v = optionalString(key);
        if (v.isEmpty() || v.get().isEmpty()) {
            if (!entries.containsKey(key) || isNull(entries.get(key).getValueNode())) {
                reporter.accept(line(), "required field '" + key + "' is missing");
            } else if (v.isPresent()) {
                problem(key, "'" + key + "' must not be empty");
            }
            return "";
        }
        return v.get();
    }

    public String string(String key, int maxLength) {
        String v = string(key);
        if (v.length() > maxLength) {
            problem(key, "'" + key + "' is longer than " + maxLength + " characters");
        }
        return v;
    }

    public Optional<Integer> optionalInt(String key, int min, int max) {
        Optional<String> v = optionalString(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            int i = Integer.parseInt(v.get());
            if (i < min || i > max) {
                problem(key, "'" + key + "' must be between " + min + " and " + max + " (found " + i + ")");
                return Optional.empty();
            }
            return Optional.of(i);
        } catch (NumberFormatException e) {
            problem(key, "'" + key + "' must be a whole number (found '" + v.get() + "')");
            return Optional.empty();
        }
    }

    public int integer(String key, int min, int max) {
        if (!entries.containsKey(key)) {
            reporter.accept(line(), "required field '" + key + "' is missing");
            read.add(key);
            return min;
        }
        return optionalInt(key, min, max).orElse(min);
    }

    public Optional<Boolean> optionalBool(String key) {
        Optional<String> v = optionalString(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return switch (v.get().toLowerCase()) {
            case "true", "yes" -> Optional.of(true);
            case "false", "no" -> Optional.of(false);
            default -> {
                problem(key, "'" + key + "' must be true or false (found '" + v.get() + "')");
                yield Optional.empty();
            }
        };
    }

    public boolean bool(String key) {
        if (!entries.containsKey(key)) {
            reporter.accept(line(), "required field '" + key + "' is missing");
            read.add(key);
            return false;
        }
        return optionalBool(key).orElse(false);
    }

    /** A list of plain values; a single value is accepted as a one-item list. */
    public List<String> strings(String key, boolean required) {
        return items(key, required).stream().map(Item::value).toList();
    }

    /** One value of a list, with its line, for problems about that item. */
    public record Item(String value, int line) {
    }

    /** Like {@link #strings}, keeping each item's line. */
    public List<Item> items(String key, boolean required) {
        read.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            if (required) {
                reporter.accept(line(), "required field '" + key + "' is missing");
            }
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s) {
            return s.getValue().isBlank() ? List.of() : List.of(new Item(s.getValue().strip(), line(s)));
        }
        List<Item> out = new ArrayList<>();
        if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
                    out.add(new Item(s.getValue().strip(), line(s)));
                } else {
                    reporter.accept(line(item), "each item of '" + key + "' must be a single value");
                }
            }
        } else {
            reporter.accept(line(v), "'" + key + "' must be a list");
        }
        if (required && out.isEmpty()) {
            reporter.accept(line(v), "'" + key + "' must not be empty");
        }
        return out;
    }

    /** A list of mappings ("- field: value" items). */
    public List<YamlMap> maps(String key, boolean required) {
        read.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            if (required) {
                reporter.accept(line(), "required field '" + key + "' is missing");
            }
            return List.of();
        }
        List<YamlMap> out = new ArrayList<>();
        if (t.getValueNode() instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                if (item instanceof MappingNode m) {
                    out.add(new YamlMap(m, lineOffset, reporter));
                } else {
                    reporter.accept(line(item), "each item of '" + key + "' must have 'field: value' lines");
                }
            }
        } else {
            reporter.accept(line(t.getValueNode()), "'" + key + "' must be a list");
        }
        if (required && out.isEmpty()) {
            reporter.accept(line(t.getValueNode()), "'" + key + "' must not be empty");
        }
        return out;
    }

    /** A nested mapping, if present. */
    public Optional<YamlMap> map(String key) {
        read.add(key);
        NodeTuple t = entries.get(key);
        if (t == null || isNull(t.getValueNode())) {
            return Optional.empty();
        }
        if (t.getValueNode() instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, lineOffset, reporter));
        }
        reporter.accept(line(t.getValueNode()), "'" + key + "' must have 'field: value' lines");
        return Optional.empty();
    }

    /** Reports every field that no accessor asked for; call after reading the mapping. */
    public void rejectUnknown() {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!read.contains(e.getKey())) {
                reporter.accept(line(e.getValue().getKeyNode()), "unknown field '" + e.getKey() + "'");
            }
        }
    }

    private int line(Node n) {
        return lineOffset + n.getStartMark().getLine() + 1;
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }
}
