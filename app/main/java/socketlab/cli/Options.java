package socketlab.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import socketlab.net.Numbers;
import socketlab.net.Parsed;

/**
 * A command's arguments: options written {@code --name VALUE} or {@code --name=VALUE}, flags written {@code --name},
 * and the positional words between them; after {@code --} every word is positional. Parsed against what the command accepts, so a typo is reported instead of
 * ignored. Values are checked by the lab's own parsers, whose messages reach the user unchanged.
 */
final class Options {
    private final Map<String, String> values;
    private final Map<String, List<String>> repeated;
    private final Set<String> flags;
    private final List<String> positionals;

    private Options(Map<String, String> values, Map<String, List<String>> repeated, Set<String> flags,
            List<String> positionals) {
        this.values = values;
        this.repeated = repeated;
        this.flags = flags;
        this.positionals = positionals;
    }

    /**
     * Splits {@code args} into options, flags and positional words.
     *
     * @param valued the options that take a value, such as {@code --port}
     * @param known  the flags that take none, such as {@code --uppercase}
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> known) throws UsageError {
        return parse(args, valued, known, Set.of());
    }

    /**
     * Like {@link #parse(List, Set, Set)}, and the options in {@code repeatable} take a value each time they are
     * given, such as {@code --send A --send B}; {@link #all(String)} lists them in order.
     */
    static Options parse(List<String> args, Set<String> valued, Set<String> known, Set<String> repeatable)
            throws UsageError {
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> repeated = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                // The end of the options, as getopt has it: what follows are words even when they start with dashes.
                positionals.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (!arg.startsWith("--")) {
                if (arg.startsWith("-") && arg.length() > 1 && !arg.matches("-[0-9].*")) {
                    throw new UsageError("unknown option " + arg + "; options are written with two dashes");
                }
                positionals.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (valued.contains(name) || repeatable.contains(name)) {
                String value;
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                    value = args.get(++i); // "-1" is a value here, so that its range can be reported
                } else {
                    throw new UsageError(name + " needs a value");
                }
                if (repeatable.contains(name)) {
                    repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } else if (values.put(name, value) != null) {
                    throw new UsageError(name + " is given twice");
                }
            } else if (known.contains(name)) {
                if (eq >= 0) {
                    throw new UsageError(name + " takes no value");
                }
                flags.add(name);
            } else {
                throw new UsageError("unknown option " + name);
            }
        }
        return new Options(values, repeated, flags, positionals);
    }

    List<String> positionals() {
        return positionals;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    boolean has(String name) {
        return values.containsKey(name) || flags.contains(name) || repeated.containsKey(name);
    }

    /** Every value of a repeatable option, in the order given; empty when it is absent. */
    List<String> all(String name) {
        return List.copyOf(repeated.getOrDefault(name, List.of()));
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The option's value checked by {@code parser}, or {@code fallback} when the option is absent. */
    <T> T parsed(String name, Function<String, Parsed<T>> parser, T fallback) throws UsageError {
        String text = values.get(name);
        return text == null ? fallback : require(parser.apply(text));
    }

    /** A whole number from {@code min} to {@code max}, named {@code what} in messages. */
    int number(String name, String what, int min, int max, int fallback) throws UsageError {
        return parsed(name, t -> Numbers.parseInRange(t, what, min, max), fallback);
    }

    /**
     * One of a fixed set of words, such as a mode; {@code what} names it in the message and {@code ids} lists the
     * accepted words.
     */
    <E> E choice(String name, String what, Function<String, Optional<E>> fromId, List<String> ids, E fallback)
            throws UsageError {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        return fromId.apply(text).orElseThrow(
                () -> new UsageError(what + " must be " + oneOf(ids) + ", not \"" + text + "\""));
    }

    /** "a, b or c". */
    static String oneOf(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    /** The value of a parse, or its message as a usage error. */
    static <T> T require(Parsed<T> parsed) throws UsageError {
        if (!parsed.isOk()) {
            throw new UsageError(parsed.error());
        }
        return parsed.value();
    }
}
