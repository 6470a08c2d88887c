package socketlab.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import socketlab.decode.FieldDef;
import socketlab.decode.FieldTable;
import socketlab.filter.Token.Kind;

/**
 * Reads a display filter into tests of a frame, checking every name against the decoder's field table and every
 * value against the kind of its field. {@code &&} binds tighter than {@code ||}, {@code !} tighter than both, as in
 * Wireshark.
 */
final class Parser {
    private final String text;
    private final List<Token> tokens;
    private int at;

    private Parser(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    static Node parse(String text) throws BadFilter {
        Parser p = new Parser(text, Lexer.tokens(text));
        Node n = p.or();
        Token t = p.peek();
        if (t.kind() != Kind.END) {
            throw p.unexpected(t);
        }
        return n;
    }

    /** The field or protocol of that name as the filter reads it, or {@code null} when the decoder has none. */
    static Operand resolve(String name) {
        List<String> sides = FieldTable.eitherSide(name);
        if (!sides.isEmpty()) {
            FieldDef def = FieldTable.field(sides.getFirst()).orElse(null);
            return def == null ? null : Operand.field(name, def, sides);
        }
        FieldDef def = FieldTable.field(name).orElse(null);
        if (def != null) {
            return Operand.field(name, def, List.of(name));
        }
        return PROTOCOLS.contains(name) ? Operand.protocol(name) : null;
    }

    private static final Set<String> PROTOCOLS = FieldTable.protocols();

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.END) {
            at++;
        }
        return t;
    }

    private BadFilter unexpected(Token t) {
        if (t.kind() == Kind.END) {
            return new BadFilter("Unexpected end of filter expression.", text.length(), text.length());
        }
        return new BadFilter("\"" + t.shown(text) + "\" was unexpected in this context.", t.start(), t.end());
    }

    private Node or() throws BadFilter {
        Node left = and();
        while (peek().kind() == Kind.OR) {
            next();
            left = new Node.Or(left, and());
        }
        return left;
    }

    private Node and() throws BadFilter {
        Node left = unary();
        while (peek().kind() == Kind.AND) {
            next();
            left = new Node.And(left, unary());
        }
        return left;
    }

    private Node unary() throws BadFilter {
        if (peek().kind() == Kind.NOT) {
            next();
            return new Node.Not(unary());
        }
        return primary();
    }

    private Node primary() throws BadFilter {
        Token t = peek();
        if (t.kind() == Kind.LPAREN) {
            next();
            Node inner = or();
            Token close = next();
            if (close.kind() == Kind.RPAREN) {
                return inner;
            }
            if (close.kind() == Kind.END) {
                throw new BadFilter("Unexpected end of filter expression: this \"(\" is never closed by a \")\".",
                        t.start(), t.end());
            }
            throw unexpected(close);
        }
        return relation();
    }

    private Node relation() throws BadFilter {
        Token t = next();
        Operand field = switch (t.kind()) {
            case WORD, STRING, CHAR -> t.kind() == Kind.WORD ? resolve(t.text()) : null;
            default -> throw unexpected(t);
        };
        if (field == null) {
            throw new BadFilter("\"" + t.text() + "\" is neither a field nor a protocol name.", t.start(), t.end());
        }
        if (peek().kind() == Kind.BITAND) {
            mask(field, next());
        }
        Token op = peek();
        return switch (op.kind()) {
            case COMPARE -> {
                next();
                yield compare(field, Node.Op.of(op.text()), op);
            }
            case CONTAINS -> {
                next();
                searchable(field, op);
                yield new Node.Contains(field, literal(field, next()));
            }
            case MATCHES -> {
                next();
                searchable(field, op);
                yield new Node.Matches(field, pattern(next()));
            }
            case IN -> {
                next();
                yield new Node.In(field, set(field));
            }
            default -> new Node.Present(field);
        };
    }

    private void mask(Operand field, Token amp) throws BadFilter {
        if (field.kind != ValueKind.INTEGER) {
            throw new BadFilter(field.name + " (type=" + field.kind.wiresharkName + ") cannot be masked with \"&\":"
                    + " only integer fields can.", amp.start(), amp.end());
        }
        Token m = next();
        Long mask = m.kind() == Kind.WORD ? Literals.parseInteger(m.text())
                : m.kind() == Kind.CHAR ? (long) m.text().codePointAt(0) : null;
        if (mask == null) {
            if (m.kind() == Kind.WORD) {
                throw new BadFilter("\"" + m.text() + "\" is not a valid number.", m.start(), m.end());
            }
            throw unexpected(m);
        }
        field.mask = mask;
        field.masked = true;
    }

    private void searchable(Operand field, Token op) throws BadFilter {
        if (!field.kind.searchable()) {
            throw new BadFilter(field.name + " (type=" + field.kind.wiresharkName + ") cannot participate in "
                    + op.text() + " comparison.", op.start(), op.end());
        }
    }

    private Node compare(Operand field, Node.Op op, Token opToken) throws BadFilter {
        Token v = next();
        if (v.kind() == Kind.WORD) {
            Operand other = resolve(v.text());
            if (other != null) {
                if (!compatible(field.kind, other.kind)) {
                    throw new BadFilter(field.name + " and " + other.name + " are not of compatible types.",
                            opToken.start(), v.end());
                }
                if (peek().kind() == Kind.BITAND) {
                    mask(other, next());
                }
                return new Node.CompareFields(field, op, other);
            }
        }
        return new Node.Compare(field, op, literal(field, v));
    }

    private static boolean compatible(ValueKind a, ValueKind b) {
        boolean numberA = a == ValueKind.INTEGER || a == ValueKind.BOOLEAN;
        boolean numberB = b == ValueKind.INTEGER || b == ValueKind.BOOLEAN;
        boolean bytesA = a == ValueKind.BYTES || a == ValueKind.PROTOCOL;
        boolean bytesB = b == ValueKind.BYTES || b == ValueKind.PROTOCOL;
        return a == b || numberA && numberB || bytesA && bytesB;
    }

    private Constant literal(Operand field, Token v) throws BadFilter {
        return switch (v.kind()) {
            case WORD, STRING, CHAR -> Literals.read(v, field.kind, field.name,
                    field.def == null ? null : field.def.names());
            default -> throw unexpected(v);
        };
    }

    private Pattern pattern(Token v) throws BadFilter {
        if (v.kind() != Kind.STRING) {
            if (v.kind() == Kind.WORD) {
                throw new BadFilter("A regular expression must be written as a quoted string: \"" + v.text()
                        + "\".", v.start(), v.end());
            }
            throw unexpected(v);
        }
        try {
            return Pattern.compile(v.text(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new BadFilter("Regex compilation error: " + e.getDescription() + ".", v.start(), v.end());
        }
    }

    private List<Constant[]> set(Operand field) throws BadFilter {
        Token open = next();
        if (open.kind() != Kind.LBRACE) {
            throw unexpected(open);
        }
        List<Constant[]> members = new ArrayList<>();
        while (true) {
            Token v = next();
            if (v.kind() == Kind.RBRACE && !members.isEmpty()) {
                return members;
            }
            if (v.kind() == Kind.END) {
                throw new BadFilter("Unexpected end of filter expression: this \"{\" is never closed by a \"}\".",
                        open.start(), open.end());
            }
            if (v.kind() != Kind.WORD && v.kind() != Kind.STRING && v.kind() != Kind.CHAR) {
                throw unexpected(v);
            }
            Constant low = literal(field, v);
            if (peek().kind() == Kind.RANGE) {
                next();
                members.add(new Constant[] {low, literal(field, next())});
            } else {
                members.add(new Constant[] {low});
            }
            // Wireshark 4.0 separates members with commas; older and newer versions also take spaces: both are read
            if (peek().kind() == Kind.COMMA) {
                next();
                if (peek().kind() == Kind.RBRACE) {
                    throw unexpected(peek());
                }
            }
        }
    }
}
