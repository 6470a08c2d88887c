package socketlab.lessons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the TOML subset lesson files use: comments, {@code key = value} (bare, quoted and dotted keys), strings
 * (basic with escapes, literal, and both multi-line forms), whole numbers, booleans, arrays, inline tables,
 * {@code [table]} and {@code [[array.of.tables]]}. Floats and dates are refused by name: a lesson has no use for
 * them. Every value keeps its line; the first error stops reading with the line and a reason in plain words.
 */
public final class TomlReader {
    private final String s;
    private int pos;
    private int line = 1;

    private TomlReader(String text) {
        // A byte-order mark at the start is an editor's habit, not content.
        this.s = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The document's top-level table, or the first error. */
    public static TomlValue.Table read(String text) throws TomlError {
        return new TomlReader(text).document();
    }

    // A table while it is being built: [[x]] elements stay open for more keys until the next header.
    private static final class Building {
        final Map<String, Object> entries = new LinkedHashMap<>();
        final int line;
        boolean explicit; // declared by a [header] (a second [header] for it is an error)
        final boolean inline;

        Building(int line, boolean inline) {
            this.line = line;
            this.inline = inline;
        }
    }

    // An array made by [[name]] headers.
    private static final class TableArray {
        final List<Building> tables = new ArrayList<>();
        final int line;

        TableArray(int line) {
            this.line = line;
        }
    }

    private TomlValue.Table document() throws TomlError {
        Building root = new Building(1, false);
        Building current = root;
        while (true) {
            skipBlankLines();
            if (pos >= s.length()) {
                break;
            }
            char c = s.charAt(pos);
            if (c == '[') {
                current = header(root);
            } else {
                keyValue(current);
            }
            endOfLine();
        }
        return freeze(root);
    }

    private Building header(Building root) throws TomlError {
        int at = line;
        boolean array = s.startsWith("[[", pos);
        pos += array ? 2 : 1;
        skipSpaces();
        List<String> key = key();
        skipSpaces();
        if (array ? !s.startsWith("]]", pos) : !s.startsWith("]", pos)) {
            throw error(array ? "a [[table]] header must end with ]]" : "a [table] header must end with ]");
        }
        pos += array ? 2 : 1;
        Building parent = root;
        for (int i = 0; i < key.size() - 1; i++) {
            parent = descend(parent, key.get(i), at);
        }
        String last = key.getLast();
        Object existing = parent.entries.get(last);
        if (array) {
            TableArray arr;
            if (existing == null) {
                arr = new TableArray(at);
                parent.entries.put(last, arr);
            } else if (existing instanceof TableArray a) {
                arr = a;
            } else {
                throw new TomlError(at, "'" + String.join(".", key) + "' is already defined as something else than"
                        + " an array of tables");
            }
            Building b = new Building(at, false);
            b.explicit = true;
            arr.tables.add(b);
            return b;
        }
        if (existing == null) {
            Building b = new Building(at, false);
            b.explicit = true;
            parent.entries.put(last, b);
            return b;
        }
        if (existing instanceof Building b && !b.explicit && !b.inline) {
            b.explicit = true;
            return b;
        }
        throw new TomlError(at, "table [" + String.join(".", key) + "] is defined twice");
    }

    // The table a dotted key or header passes through, made if needed; for an array of tables, its last element.
    private Building descend(Building parent, String name, int at) throws TomlError {
        Object o = parent.entries.get(name);
        if (o == null) {
            Building b = new Building(at, false);
            parent.entries.put(name, b);
            return b;
        }
        if (o instanceof Building b && !b.inline) {
            return b;
        }
        if (o instanceof TableArray a) {
            return a.tables.getLast();
        }
        throw new TomlError(at, "'" + name + "' is already a value, not a table");
    }

    private void keyValue(Building table) throws TomlError {
        int at = line;
        List<String> key = key();
        skipSpaces();
        if (pos >= s.length() || s.charAt(pos) != '=') {
            throw error("expected '=' after the key '" + String.join(".", key) + "'");
        }
        pos++;
        skipSpaces();
        Object value = value();
        Building target = table;
        for (int i = 0; i < key.size() - 1; i++) {
            target = descend(target, key.get(i), at);
        }
        String last = key.getLast();
        if (target.entries.containsKey(last)) {
            throw new TomlError(at, "the key '" + String.join(".", key) + "' is set twice");
        }
        target.entries.put(last, value);
    }

    private List<String> key() throws TomlError {
        List<String> parts = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= s.length()) {
                throw error("expected a key");
            }
            char c = s.charAt(pos);
            if (c == '"') {
                parts.add(basicString());
            } else if (c == '\'') {
                parts.add(literalString());
            } else {
                int start = pos;
                while (pos < s.length() && isBare(s.charAt(pos))) {
                    pos++;
                }
                if (start == pos) {
                    throw error("expected a key (letters, digits, - and _), found " + describe(c));
                }
                parts.add(s.substring(start, pos));
            }
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                continue;
            }
            return parts;
        }
    }

    private static boolean isBare(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    private Object value() throws TomlError {
        if (pos >= s.length()) {
            throw error("expected a value after '='");
        }
        int at = line;
        char c = s.charAt(pos);
        if (s.startsWith("\"\"\"", pos)) {
            return new TomlValue.Str(multiLineBasic(), at);
        }
        if (s.startsWith("'''", pos)) {
            return new TomlValue.Str(multiLineLiteral(), at);
        }
        if (c == '"') {
            return new TomlValue.Str(basicString(), at);
        }
        if (c == '\'') {
            return new TomlValue.Str(literalString(), at);
        }
        if (c == '[') {
            return array();
        }
        if (c == '{') {
            return inlineTable();
        }
        if (s.startsWith("true", pos) && !bareAt(pos + 4)) {
            pos += 4;
            return new TomlValue.Bool(true, at);
        }
        if (s.startsWith("false", pos) && !bareAt(pos + 5)) {
            pos += 5;
            return new TomlValue.Bool(false, at);
        }
        if (c == '+' || c == '-' || c >= '0' && c <= '9') {
            return number();
        }
        if (c == '\n' || c == '\r' || c == '#') {
            throw error("expected a value after '='");
        }
        throw error("expected a value (a \"string\", a number, true/false, [array] or { table }), found "
                + describe(c) + (Character.isLetter(c) ? " (put text in double quotes)" : ""));
    }

    private boolean bareAt(int i) {
        return i < s.length() && isBare(s.charAt(i));
    }

    private TomlValue.Int number() throws TomlError {
        int at = line;
        int start = pos;
        while (pos < s.length() && (isBare(s.charAt(pos)) || "+.:".indexOf(s.charAt(pos)) >= 0)) {
            pos++;
        }
        String raw = s.substring(start, pos);
        if (raw.contains(".") || raw.contains(":") || raw.matches("[+-]?(inf|nan)")
                || raw.matches("[+-]?[0-9_]+[eE].*")) {
            throw new TomlError(at, "'" + raw + "': lesson files hold whole numbers only (no fractions, dates or"
                    + " times)");
        }
        String digits = raw;
        int sign = 1;
        if (digits.startsWith("+") || digits.startsWith("-")) {
            sign = digits.startsWith("-") ? -1 : 1;
            digits = digits.substring(1);
        }
        int radix = 10;
        if (digits.startsWith("0x") || digits.startsWith("0o") || digits.startsWith("0b")) {
            radix = switch (digits.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")
                || radix == 10 && digits.length() > 1 && digits.startsWith("0")) {
            throw new TomlError(at, "'" + raw + "' is not a number");
        }
        try {
            return new TomlValue.Int(sign * Long.parseLong(digits.replace("_", ""), radix), at);
        } catch (NumberFormatException e) {
            throw new TomlError(at, "'" + raw + "' is not a number");
        }
    }

    private TomlValue.Arr array() throws TomlError {
        int at = line;
        pos++; // [
        List<TomlValue> values = new ArrayList<>();
        while (true) {
            skipSpacesNewlinesComments();
            if (pos >= s.length()) {
                throw new TomlError(at, "this array is never closed with ]");
            }
            if (s.charAt(pos) == ']') {
                pos++;
                return new TomlValue.Arr(values, at);
            }
            Object v = value();
            values.add(v instanceof Building b ? freeze(b) : (TomlValue) v);
            skipSpacesNewlinesComments();
            if (pos < s.length() && s.charAt(pos) == ',') {
                pos++;
            } else if (pos < s.length() && s.charAt(pos) != ']') {
                throw error("expected ',' or ']' in the array that starts on line " + at + ", found "
                        + describe(s.charAt(pos)));
            }
        }
    }

    private Building inlineTable() throws TomlError {
        int at = line;
        pos++; // {
        Building b = new Building(at, true);
        // Lesson files wrap long inline tables over lines (as TOML 1.1 allows), so newlines are read as spaces.
        skipSpacesNewlinesComments();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            return b;
        }
        while (true) {
            skipSpacesNewlinesComments();
            keyValue(b);
            skipSpacesNewlinesComments();
            if (pos >= s.length()) {
                throw new TomlError(at, "this inline table is never closed with }");
            }
            char c = s.charAt(pos);
            pos++;
            if (c == '}') {
                return b;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' in the inline table that starts on line " + at + ", found "
                        + describe(c));
            }
        }
    }

    private String basicString() throws TomlError {
        int at = line;
        pos++; // "
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length() || s.charAt(pos) == '\n' || s.charAt(pos) == '\r') {
                throw new TomlError(at, "this string is not closed with \" on its line (use \"\"\" for text over"
                        + " several lines)");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                escape(sb);
            } else {
                sb.append(c);
            }
        }
    }

    private void escape(StringBuilder sb) throws TomlError {
        if (pos >= s.length()) {
            throw error("a \\ at the end of the file");
        }
        char e = s.charAt(pos++);
        switch (e) {
            case 'b' -> sb.append('\b');
            case 't' -> sb.append('\t');
            case 'n' -> sb.append('\n');
            case 'f' -> sb.append('\f');
            case 'r' -> sb.append('\r');
            case 'e' -> sb.append('\u001b');
            case '"' -> sb.append('"');
            case '\\' -> sb.append('\\');
            case 'u', 'U' -> {
                int n = e == 'u' ? 4 : 8;
                if (pos + n > s.length() || !s.substring(pos, pos + n).matches("[0-9a-fA-F]+")) {
                    throw error("\\" + e + " needs " + n + " hexadecimal digits");
                }
                int cp = (int) Long.parseLong(s.substring(pos, pos + n), 16);
                if (!Character.isValidCodePoint(cp) || cp >= 0xD800 && cp <= 0xDFFF) {
                    throw error("\\" + e + s.substring(pos, pos + n) + " is not a Unicode character");
                }
                sb.appendCodePoint(cp);
                pos += n;
            }
            default -> throw error("unknown escape \\" + e + " (write \\\\ for a backslash)");
        }
    }

    private String literalString() throws TomlError {
        int at = line;
        pos++; // '
        int start = pos;
        while (pos < s.length() && s.charAt(pos) != '\'' && s.charAt(pos) != '\n') {
            pos++;
        }
        if (pos >= s.length() || s.charAt(pos) != '\'') {
            throw new TomlError(at, "this string is not closed with ' on its line");
        }
        return s.substring(start, pos++);
    }

    private String multiLineBasic() throws TomlError {
        int at = line;
        pos += 3;
        skipFirstNewline();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw new TomlError(at, "this text is never closed with \"\"\"");
            }
            if (s.startsWith("\"\"\"", pos)) {
                pos += 3;
                // Up to two quotes right before the closing ones belong to the text.
                while (pos < s.length() && s.charAt(pos) == '"' && sb.length() >= 0) {
                    sb.append('"');
                    pos++;
                    if (sb.toString().endsWith("\"\"\"")) {
                        throw new TomlError(at, "too many quotes closing this text");
                    }
                }
                return sb.toString().replace("\r\n", "\n");
            }
            char c = s.charAt(pos++);
            if (c == '\n') {
                line++;
                sb.append(c);
            } else if (c == '\\') {
                // A backslash at the end of a line joins it to the next, eating the whitespace between.
                int p = pos;
                while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
                    p++;
                }
                if (p < s.length() && (s.charAt(p) == '\n' || s.charAt(p) == '\r')) {
                    pos = p;
                    while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                        if (s.charAt(pos) == '\n') {
                            line++;
                        }
                        pos++;
                    }
                } else {
                    escape(sb);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private String multiLineLiteral() throws TomlError {
        int at = line;
        pos += 3;
        skipFirstNewline();
        int end = s.indexOf("'''", pos);
        if (end < 0) {
            throw new TomlError(at, "this text is never closed with '''");
        }
        while (end + 3 < s.length() && s.charAt(end + 3) == '\'') {
            end++;
        }
        String text = s.substring(pos, end);
        line += (int) text.chars().filter(ch -> ch == '\n').count();
        pos = end + 3;
        return text.replace("\r\n", "\n");
    }

    private void skipFirstNewline() {
        if (s.startsWith("\r\n", pos)) {
            pos += 2;
            line++;
        } else if (s.startsWith("\n", pos)) {
            pos++;
            line++;
        }
    }

    private void skipSpaces() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipComment() {
        if (pos < s.length() && s.charAt(pos) == '#') {
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
        }
    }

    private void skipSpacesNewlinesComments() {
        while (true) {
            skipSpaces();
            skipComment();
            if (s.startsWith("\r\n", pos)) {
                pos += 2;
                line++;
            } else if (pos < s.length() && s.charAt(pos) == '\n') {
                pos++;
                line++;
            } else {
                return;
            }
        }
    }

    private void skipBlankLines() {
        skipSpacesNewlinesComments();
    }

    private void endOfLine() throws TomlError {
        skipSpaces();
        skipComment();
        if (pos >= s.length()) {
            return;
        }
        if (s.startsWith("\r\n", pos)) {
            pos += 2;
            line++;
            return;
        }
        if (s.charAt(pos) == '\n') {
            pos++;
            line++;
            return;
        }
        throw error("unexpected " + describe(s.charAt(pos)) + " after the value (one key = value per line)");
    }

    private TomlError error(String reason) {
        return new TomlError(line, reason);
    }

    private static String describe(char c) {
        if (c == '\n' || c == '\r') {
            return "the end of the line";
        }
        return "'" + c + "'";
    }

    private static TomlValue.Table freeze(Building b) {
        Map<String, TomlValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : b.entries.entrySet()) {
            out.put(e.getKey(), freezeValue(e.getValue()));
        }
        return new TomlValue.Table(out, b.line);
    }

    private static TomlValue freezeValue(Object o) {
        if (o instanceof Building b) {
            return freeze(b);
        }
        if (o instanceof TableArray a) {
            List<TomlValue> tables = new ArrayList<>();
            for (Building b : a.tables) {
                tables.add(freeze(b));
            }
            return new TomlValue.Arr(tables, a.line);
        }
        return (TomlValue) o;
    }
}
