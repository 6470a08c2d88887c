package socketlab.decode;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses one flat JSON object (string keys; string, number or boolean values), keeping the key order. */
final class MiniJson {
    private final String text;
    private int at;

    private MiniJson(String text) {
        this.text = text;
    }

    /** The object's members in order: values are String, Long, Boolean or a List of those. Throws on anything else. */
    static Map<String, Object> parse(String text) {
        MiniJson p = new MiniJson(text);
        Map<String, Object> m = p.object();
        if (p.at != text.length()) {
            throw new IllegalArgumentException("text after the object at " + p.at + ": " + text);
        }
        return m;
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> m = new LinkedHashMap<>();
        if (peek() == '}') {
            at++;
            return m;
        }
        while (true) {
            String key = string();
            expect(':');
            if (m.put(key, value()) != null) {
                throw new IllegalArgumentException("duplicate key " + key);
            }
            char c = text.charAt(at++);
            if (c == '}') {
                return m;
            }
            if (c != ',') {
                throw new IllegalArgumentException("expected , or } at " + (at - 1) + ": " + text);
            }
        }
    }

    private Object value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '[') {
            at++;
            java.util.List<Object> list = new java.util.ArrayList<>();
            if (peek() == ']') {
                throw new IllegalArgumentException("an empty list at " + at + ": the lab leaves such keys out");
            }
            while (true) {
                list.add(value());
                char n = text.charAt(at++);
                if (n == ']') {
                    return list;
                }
                if (n != ',') {
                    throw new IllegalArgumentException("expected , or ] at " + (at - 1) + ": " + text);
                }
            }
        }
        if (text.startsWith("true", at)) {
            at += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", at)) {
            at += 5;
            return Boolean.FALSE;
        }
        int start = at;
        if (c == '-') {
            at++;
        }
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (start == at || at < text.length() && (text.charAt(at) == '.' || text.charAt(at) == 'e')) {
            throw new IllegalArgumentException("not an integer at " + start + ": " + text);
        }
        return Long.parseLong(text.substring(start, at));
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return s.toString();
            }
            if (c == '\\') {
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> s.append('\n');
                    case 't' -> s.append('\t');
                    case 'r' -> s.append('\r');
                    case 'u' -> {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> s.append(e);
                }
            } else {
                s.append(c);
            }
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private void expect(char c) {
        if (text.charAt(at++) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + (at - 1) + ": " + text);
        }
    }
}
