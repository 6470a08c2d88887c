package socketlab.filter;

/** One piece of a display filter's text, with where it starts and ends in it. */
record Token(Kind kind, String text, int start, int end) {

    enum Kind {
        LPAREN, RPAREN, LBRACE, RBRACE, COMMA, RANGE, NOT, AND, OR, BITAND, COMPARE, CONTAINS, MATCHES, IN,
        /** A double-quoted string; {@code text} holds its value with the escapes read. */
        STRING,
        /** A character constant such as {@code 'a'}; {@code text} holds the character. */
        CHAR,
        /** A field name or an unquoted value (number, address, byte string). */
        WORD,
        END
    }

    /** How the token reads in a message: the text the user typed. */
    String shown(String filter) {
        return kind == Kind.END ? "" : filter.substring(start, end);
    }
}
