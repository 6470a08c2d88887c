package socketlab.ui.lessons;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

/**
 * The highlight a lesson puts on the control that matters: a 3-px ring (style class {@code lesson-pointed}) that
 * pulses between two strengths of {@code -lab-pointer}, on one control at a time, scrolled into view.
 */
public final class Pointer {
    static final String STYLE = "lesson-pointed";
    private static final PseudoClass FAINT = PseudoClass.getPseudoClass("faint");

    private Node pointed;
    private final Timeline pulse = new Timeline();
    private boolean faint;

    public Pointer() {
        pulse.getKeyFrames().add(new KeyFrame(Duration.millis(550), e -> {
            faint = !faint;
            if (pointed != null) {
                pointed.pseudoClassStateChanged(FAINT, faint);
                if (!shown(pointed) && pointed.getScene() != null) {
                    // A pane folded its side column again (the window or the text size changed): unfold it.
                    unfold(pointed.getScene().getRoot());
                }
            }
        }));
        pulse.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Rings the control named by {@code target} inside {@code root} (the window's root, with the target's pane
     * shown), opening its tab and scrolling it into view. Returns false when it is not on screen.
     */
    public boolean point(Parent root, PointTargets.Target target) {
        if (target.tabs() != null) {
            Node tabs = root.lookup(target.tabs());
            if (tabs instanceof TabPane pane) {
                for (Tab t : pane.getTabs()) {
                    if (target.tab().equals(t.getId())) {
                        pane.getSelectionModel().select(t);
                    }
                }
            }
        }
        root.applyCss();
        root.layout();
        Node node = root.lookup(target.selector());
        if (node == null) {
            return false;
        }
        if (!shown(node)) {
            unfold(root);
        }
        if (!shown(node)) {
            return false;
        }
        ring(node);
        return true;
    }

    /** Brings back a pane's side column folded away at this width, where the control pointed at may be. */
    private static void unfold(Parent root) {
        if (root.lookup("#showSideButton") instanceof javafx.scene.control.ButtonBase unfold && shown(unfold)) {
            unfold.fire();
            root.applyCss();
            root.layout();
        }
    }

    /** Whether {@code node} and every parent of it are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Rings {@code node}, taking the ring off any other. */
    void ring(Node node) {
        clear();
        pointed = node;
        node.getStyleClass().add(STYLE);
        scrollIntoView(node);
        pulse.play();
    }

    /** The control ringed now, or null. */
    public Node pointed() {
        return pointed;
    }

    /** Takes the ring off. */
    public void clear() {
        pulse.stop();
        if (pointed != null) {
            pointed.getStyleClass().remove(STYLE);
            pointed.pseudoClassStateChanged(FAINT, false);
            pointed = null;
        }
    }

    /** Scrolls every scroll pane around {@code node} so that it shows, nearest first. */
    private static void scrollIntoView(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                Node content = sp.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                Bounds viewport = sp.getViewportBounds();
                double extraH = content.getLayoutBounds().getHeight() - viewport.getHeight();
                if (inContent != null && extraH > 0) {
                    double top = Math.max(0, inContent.getMinY() - viewport.getHeight() / 3);
                    sp.setVvalue(sp.getVmin() + (sp.getVmax() - sp.getVmin()) * Math.min(1, top / extraH));
                }
                double extraW = content.getLayoutBounds().getWidth() - viewport.getWidth();
                if (inContent != null && extraW > 0) {
                    double left = Math.max(0, inContent.getMinX() - viewport.getWidth() / 3);
                    sp.setHvalue(sp.getHmin() + (sp.getHmax() - sp.getHmin()) * Math.min(1, left / extraW));
                }
            }
        }
    }
}
