import java.io.File;
import java.io.IOException;
import javafx.css.Stylesheet;

/**
 * Build step: writes each style sheet of a folder in JavaFX's binary form beside it (x.css → x.bss). Asked for
 * x.css, JavaFX loads x.bss instead when it is there, which spares parsing the sheets while the window opens. Run by
 * the build at process-classes, so that the tests, the jar and the image all use the sheets the build just copied.
 *
 *   java -cp JAVAFX_JARS app/build/CssToBinary.java FOLDER
 */
class CssToBinary {
    public static void main(String[] args) throws IOException {
        File[] sheets = new File(args[0]).listFiles((dir, name) -> name.endsWith(".css"));
        if (sheets == null || sheets.length == 0) {
            throw new IOException("no style sheets in " + args[0]);
        }
        for (File css : sheets) {
            String name = css.getName();
            Stylesheet.convertToBinary(css, new File(css.getParentFile(), name.substring(0, name.length() - 4) + ".bss"));
        }
    }
}
