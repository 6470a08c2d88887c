package socketlab.filter;

import java.util.ArrayList;
import java.util.List;
import socketlab.filter.Token.Kind;

/** Cuts a display filter into tokens as Wireshark's scanner does: operators, words, quoted strings, characters. */
final class Lexer {
    private final String s;
    private int i;
    private final List<Token> out = new ArrayList<>();

    private Lexer(String s) {
        this.s = s;
    }

    static List<Token> tokens(String text) throws BadFilter {
        Lexer l = new Lexer(text);
        l.run();
        return l.out;
    }

    private void run() throws BadFilter {
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.add(new Token(Kind.END, "", s.length(), s.length()));
                return;
            }
            int start = i;
            char c = s.charAt(i);
            if (c == '"' || (c == 'r' && i + 1 < s.length() && s.charAt(i + 1) == '"')) {
                string(start, c == 'r');
            } else if (c == '\'') {
                character(start);
            } else if (isWordChar(c)) {
                while (i < s.length() && isWordChar(s.charAt(i)) && !s.startsWith("..", i)) {
                    i++;
                }
                if (i == start) { // a word cannot start with "..": it is the range operator
                    i += 2;
                    add(Kind.RANGE, start);
                } else {
                    word(start);
                }
            } else {
                symbol(start, c);
            }
        }
    }

    static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '/' || c == '-');
    }

    private void add(Kind kind, int start) {
        out.add(new Token(kind, s.substring(start, i), start, i));
    }

    private void word(int start) {
        String w = s.substring(start, i);
        Kind k = switch (w) {
            case "and", "AND" -> Kind.AND;
            case "or", "OR" -> Kind.OR;
            case "not", "NOT" -> Kind.NOT;
            case "contains" -> Kind.CONTAINS;
            case "matches" -> Kind.MATCHES;
            case "in" -> Kind.IN;
            case "eq", "any_eq", "ne", "all_ne", "all_eq", "any_ne", "gt", "ge", "lt", "le" -> Kind.COMPARE;
            default -> Kind.WORD;
        };
        out.add(new Token(k, w, start, i));
    }

    private void symbol(int start, char c) throws BadFilter {
        String[] ops = {"===", "!==", "==", "!=", "~=", "<=", ">=", "&&", "||", "<", ">", "!", "&", "~", "(", ")",
            "{", "}", ","};
        for (String op : ops) {
            if (s.startsWith(op, i)) {
                i += op.length();
                Kind k = switch (op) {
                    case "(" -> Kind.LPAREN;
                    case ")" -> Kind.RPAREN;
                    case "{" -> Kind.LBRACE;
                    case "}" -> Kind.RBRACE;
                    case "," -> Kind.COMMA;
                    case "&&" -> Kind.AND;
                    case "||" -> Kind.OR;
                    case "!" -> Kind.NOT;
                    case "&" -> Kind.BITAND;
                    case "~" -> Kind.MATCHES;
                    default -> Kind.COMPARE;
                };
                add(k, start);
                return;
            }
        }
        int cp = s.codePointAt(i);
        throw new BadFilter("\"" + new String(Character.toChars(cp)) + "\" was unexpected in this context.", start,
                start + Character.charCount(cp));
    }

    private void string(int start, boolean raw) throws BadFilter {
        i += raw ? 2 : 1;
        StringBuilder v = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw new BadFilter("The final quote was missing from a quoted string.", start, s.length());
            }
            char c = s.charAt(i);
            if (c == '"') {
                i++;
                out.add(new Token(Kind.STRING, v.toString(), start, i));
                return;
            }
            if (c == '\\') {
                if (i + 1 >= s.length()) {
                    throw new BadFilter("The final quote was missing from a quoted string.", start, s.length());
                }
                if (raw) { // a raw string keeps its backslashes; only an escaped quote does not end it
                    v.append(c).append(s.charAt(i + 1));
                    i += 2;
                } else {
                    escape(v);
                }
            } else {
                v.append(c);
                i++;
            }
        }
    }

    private void character(int start) throws BadFilter {
        i++;
        StringBuilder v = new StringBuilder();
        if (i < s.length() && s.charAt(i) == '\\') {
            escape(v);
        } else if (i < s.length() && s.charAt(i) != '\'') {
            v.appendCodePoint(s.codePointAt(i));
            i += Character.charCount(s.codePointAt(i));
        }
        if (i >= s.length() || s.charAt(i) != '\'' || v.isEmpty()) {
            throw new BadFilter("A character constant must be one character between single quotes, as 'a' or"
                    + " '\\n'.", start, Math.min(s.length(), i + 1));
        }
        i++;
        out.add(new Token(Kind.CHAR, v.toString(), start, i));
    }

    /** Reads the escape at {@code i} (a backslash) into {@code v}, as Wireshark's strings have them. */
    private void escape(StringBuilder v) throws BadFilter {
        int at = i;
        if (i + 1 >= s.length()) {
            throw new BadFilter("The filter ends inside an escape sequence.", at, s.length());
        }
        char e = s.charAt(i + 1);
        i += 2;
        switch (e) {
            case '\'', '"', '\\' -> v.append(e);
            case 'a' -> v.append('\u0007');
            case 'b' -> v.append('\b');
            case 'f' -> v.append('\f');
            case 'n' -> v.append('\n');
            case 'r' -> v.append('\r');
            case 't' -> v.append('\t');
            case 'v' -> v.append('\u000b');
            case 'x' -> v.append((char) digits(at, 16, 1, 2));
            case 'u' -> v.appendCodePoint(digits(at, 16, 4, 4));
            case 'U' -> v.appendCodePoint(digits(at, 16, 8, 8));
            default -> {
                if (e >= '0' && e <= '7') {
                    i--;
                    v.append((char) (digits(at, 8, 1, 3) & 0xff));
                } else {
                    throw new BadFilter("\"\\" + e + "\" is not a valid escape sequence.", at, i);
                }
            }
        }
    }

    private int digits(int at, int radix, int min, int max) throws BadFilter {
        int from = i;
        long value = 0;
        while (i < s.length() && i - from < max && Character.digit(s.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(s.charAt(i), radix);
            i++;
        }
        if (i - from < min || value > Character.MAX_CODE_POINT) {
            throw new BadFilter("\"" + s.substring(at, Math.max(i, at + 2)) + "\" is not a valid escape sequence.",
                    at, Math.max(i, at + 2));
        }
        return (int) value;
    }
}
