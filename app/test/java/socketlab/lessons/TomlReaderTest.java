package socketlab.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlReaderTest {

    @Test
    void readsEveryFormLessonsUseWithTheirLines() throws TomlError {
        TomlValue.Table t = TomlReader.read("""
                # a comment
                format = 1
                title = "Echo \\"and\\" EOF\\u00e9" # trailing comment
                path = 'C:\\temp'
                flag = true
                big = 1_024
                hex = 0x50
                neg = -3
                list = [ "a", 'b',
                   "c", ] # wrapped
                text = \"""
                line one
                line two \\
                   joined\"""
                raw = '''
                keep \\n as is'''
                inline = { a = 1, b.c = "x" }
                [table]
                key = "v"
                [[steps]]
                id = "one"
                [[steps]]
                id = "two"
                """);
        assertEquals(1L, ((TomlValue.Int) t.get("format")).value());
        assertEquals("Echo \"and\" EOFé", ((TomlValue.Str) t.get("title")).value());
        assertEquals(3, t.get("title").line());
        assertEquals("C:\\temp", ((TomlValue.Str) t.get("path")).value());
        assertEquals(true, ((TomlValue.Bool) t.get("flag")).value());
        assertEquals(1024L, ((TomlValue.Int) t.get("big")).value());
        assertEquals(80L, ((TomlValue.Int) t.get("hex")).value());
        assertEquals(-3L, ((TomlValue.Int) t.get("neg")).value());
        assertEquals(3, ((TomlValue.Arr) t.get("list")).values().size());
        assertEquals(10, ((TomlValue.Arr) t.get("list")).values().get(2).line());
        assertEquals("line one\nline two joined", ((TomlValue.Str) t.get("text")).value());
        assertEquals("keep \\n as is", ((TomlValue.Str) t.get("raw")).value());
        assertEquals(15, t.get("raw").line());
        TomlValue.Table inline = (TomlValue.Table) t.get("inline");
        assertEquals("x", ((TomlValue.Str) ((TomlValue.Table) inline.get("b")).get("c")).value());
        assertEquals("v", ((TomlValue.Str) ((TomlValue.Table) t.get("table")).get("key")).value());
        List<TomlValue> steps = ((TomlValue.Arr) t.get("steps")).values();
        assertEquals(2, steps.size());
        assertEquals(23, ((TomlValue.Table) steps.get(1)).get("id").line());
    }

    @Test
    void errorsNameTheirLineAndReason() {
        assertError("a = 1\nb = \"open\n", 2, "not closed");
        assertError("a = 1\na = 2\n", 2, "set twice");
        assertError("a = 1\n\nb = hello\n", 3, "double quotes");
        assertError("x = 1.5\n", 1, "whole numbers");
        assertError("[t]\n[t]\n", 2, "defined twice");
        assertError("a = [1, 2\n", 1, "never closed");
        assertError("a = 1 b = 2\n", 1, "one key = value per line");
        assertError("a = \"\\q\"\n", 1, "unknown escape");
        assertError("a = \"\"\"\nopen\n", 1, "never closed");
        assertError("[t\n", 1, "must end with ]");
        assertError("= 3\n", 1, "expected a key");
    }

    private static void assertError(String text, int line, String reason) {
        TomlError e = assertThrows(TomlError.class, () -> TomlReader.read(text));
        assertEquals(line, e.line(), e.reason());
        assertTrue(e.reason().contains(reason), e.reason());
    }
}
