package socketlab.ui;

import static socketlab.ui.FxQuery.onFx;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationAdapter;
import org.testfx.framework.junit5.ApplicationFixture;
import org.testfx.util.WaitForAsyncUtils;

/** Base of the TestFX tests that drive the whole lab window: opens it before each test and closes it after. */
@ExtendWith(LabWindowFixture.Opener.class)
public abstract class LabWindowFixture {
    /** What the window reports to the user; a test asserts it stayed empty or holds what it expects. */
    protected final RecordingErrorReporter errors = new RecordingErrorReporter();
    /** The window under test, open from before each test until after it. */
    protected Lab lab;
    /** TestFX's primary stage, which holds the window. */
    protected Stage stage;

    private final double width;
    private final double height;

    /** The window at the size it opens at by itself. */
    protected LabWindowFixture() {
        this(Double.NaN, Double.NaN);
    }

    /** The window resized to {@code width} × {@code height} once open. */
    protected LabWindowFixture(double width, double height) {
        this.width = width;
        this.height = height;
    }

    private void open(Stage primary) {
        stage = primary;
        lab = Lab.open(primary, errors);
        if (!Double.isNaN(width)) {
            primary.setWidth(width);
            primary.setHeight(height);
        }
    }

    private void close() {
        lab.close();
        // The stage is shared with the test classes after this one: leave it at the window's usual size.
        onFx(() -> {
            stage.setWidth(Lab.WIDTH);
            stage.setHeight(Lab.HEIGHT);
            return null;
        });
    }

    /**
     * What TestFX's ApplicationExtension does for a class's own {@code @Start} and {@code @Stop} methods, for the
     * window of this base class (that extension looks only at the methods a test class declares itself).
     */
    static final class Opener extends FxRobot implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        @Override
        public void beforeEach(ExtensionContext context) throws Exception {
            FxToolkit.registerPrimaryStage();
            FxToolkit.setupApplication(() -> new ApplicationAdapter(fixture(context)));
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            FxToolkit.cleanupAfterTest(this, new ApplicationAdapter(fixture(context)));
            WaitForAsyncUtils.waitForFxEvents();
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType().isAssignableFrom(FxRobot.class);
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return this;
        }

        private static ApplicationFixture fixture(ExtensionContext context) {
            LabWindowFixture test = (LabWindowFixture) context.getRequiredTestInstance();
            return new ApplicationFixture() {
                @Override
                public void init() {
                }

                @Override
                public void start(Stage stage) {
                    test.open(stage);
                }

                @Override
                public void stop() {
                    test.close();
                }
            };
        }
    }
}
