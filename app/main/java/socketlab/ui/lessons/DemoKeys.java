package socketlab.ui.lessons;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a running demo, as a presentation clicker sends them: Space, → and Page Down show the next step;
 * ← and Page Up go back a step. Only while a demo runs. Page Down and Page Up work wherever the focus is (Show me
 * often leaves it in a pane's first field); Space and the arrows only outside text fields, where they are typing.
 */
public final class DemoKeys {
    private DemoKeys() {
    }

    public static void install(Scene scene, LessonsViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!vm.demoProperty().get() || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode c = e.getCode();
            boolean page = c == KeyCode.PAGE_DOWN || c == KeyCode.PAGE_UP;
            if (!page && scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (c == KeyCode.SPACE || c == KeyCode.RIGHT || c == KeyCode.PAGE_DOWN) {
                vm.demoNext();
                e.consume();
            } else if (c == KeyCode.LEFT || c == KeyCode.PAGE_UP) {
                vm.back();
                e.consume();
            }
        });
    }
}
