package socketlab.decode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The field table knows every field any dissector declares: it scans the compiled decode packages for FieldDef
 * constants, so a dissector added without being listed in FieldTable fails here instead of being unknown to filters.
 */
class FieldTableTest {

    @Test
    void everyFieldDefConstantIsInTheTable() throws Exception {
        Path classes = Path.of(FieldDef.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path decode = classes.resolve("socketlab/decode");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(decode)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, FieldDef.class.getClassLoader());
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && field.getType() == FieldDef.class) {
                        field.setAccessible(true);
                        FieldDef def = (FieldDef) field.get(null);
                        seen++;
                        // Reading the constant has loaded its class, which registers it: what matters is that
                        // the table loads that class by itself, in a program that never touched it.
                        if (!FieldTable.tables().contains(c.getNestHost())) {
                            missing.add(name + "." + field.getName() + " " + def.name());
                        }
                    }
                }
            }
        }
        assertTrue(seen > 100, "the scan finds the dissectors' fields: " + seen);
        assertEquals(List.of(), missing, "fields whose class FieldTable does not load");
    }

    @Test
    void eitherSideFieldsStandForTwoKnownFields() {
        for (String name : FieldTable.eitherSideNames()) {
            List<String> sides = FieldTable.eitherSide(name);
            assertEquals(2, sides.size());
            sides.forEach(s -> assertTrue(FieldTable.field(s).isPresent(), s));
        }
    }
}
