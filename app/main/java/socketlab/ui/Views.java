package socketlab.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML view that sits beside its controller on the class path; fails fast when it is missing. */
public final class Views {
    private Views() {
    }

    /** A loaded view: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /**
     * Loads {@code fxml}, named relative to the controller's package, with {@code controller} as the controller
     * its {@code fx:controller} names. Controllers of included views are created with their no-argument
     * constructor.
     *
     * @throws IllegalStateException when the file is missing or does not load, with the reason
     */
    public static <C> View<C> load(Class<C> controllerType, String fxml, C controller) {
        URL url = controllerType.getResource(fxml);
        if (url == null) {
            String path = controllerType.getPackageName().replace('.', '/') + "/" + fxml;
            throw new IllegalStateException("missing view " + path + ": the build copies fxml/ next to the"
                    + " controllers, so " + fxml + " should be beside " + controllerType.getSimpleName());
        }
        FXMLLoader loader = new FXMLLoader(url);
        loader.setControllerFactory(type -> type == controllerType ? controller : instantiate(type));
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new IllegalStateException("view " + url + " did not load: " + e.getMessage(), e);
        }
    }

    private static Object instantiate(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                | NoSuchMethodException e) {
            throw new IllegalStateException("controller " + type.getName() + " needs a no-argument constructor", e);
        }
    }
}
