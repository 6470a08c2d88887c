package socketlab.ui.lessons;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The slim lesson strip along the bottom of the window while the learner works in another pane: the current step,
 * its check (✓ or why not yet), Show me and Next, and the way back to the lesson. Shown while a lesson is taken and
 * the Lessons pane is not; it stays in presentation mode, which hides only the header and the pane list.
 */
public final class LessonStrip {
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");

    private LessonStrip() {
    }

    /** {@code shownPane}: the id of the pane the window shows; {@code openLessons} shows the Lessons pane. */
    public static VBox build(LessonsViewModel vm, ObservableStringValue shownPane, Runnable openLessons) {
        Label where = new Label();
        where.setId("stripStep");
        where.getStyleClass().add("lesson-strip-step");
        where.setMinWidth(0);
        javafx.scene.control.Tooltip lessonName = new javafx.scene.control.Tooltip();
        lessonName.textProperty().bind(vm.lessonProperty().map(l -> "Lesson " + l.number() + " · " + l.title()));
        where.setTooltip(lessonName);
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            var l = vm.lessonProperty().get();
            var s = vm.stepProperty().get();
            return l == null || s == null ? "" : (vm.stepIndexProperty().get() + 1) + "/" + l.steps().size() + " · "
                    + s.title();
        }, vm.lessonProperty(), vm.stepProperty(), vm.stepIndexProperty()));

        Label check = new Label();
        check.setId("stripCheck");
        check.getStyleClass().add("lesson-strip-check");
        check.setMinWidth(0);
        // The state in two words; why not yet, in full, on the lesson's page and in the tooltip.
        check.textProperty().bind(vm.passedProperty().map(p -> p ? "✓ done" : "◯ not yet"));
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(vm.whyProperty());
        check.setTooltip(why);
        vm.passedProperty().subscribe(p -> check.pseudoClassStateChanged(PASSED, p));
        // Wrapped, never cut short: at a large text size the two lines take a third and fourth line instead.
        where.setWrapText(true);
        check.setMinWidth(Region.USE_PREF_SIZE);
        check.setMaxWidth(Double.MAX_VALUE);
        where.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(where, check);
        text.getStyleClass().add("lesson-strip-text");
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button showMe = new Button("▶ Show me");
        showMe.setId("stripShowMe");
        showMe.getStyleClass().add("accent-button");
        showMe.setMnemonicParsing(false);
        showMe.setMinWidth(Region.USE_PREF_SIZE);
        showMe.setOnAction(e -> vm.showMe());
        showMe.disableProperty().bind(vm.showingProperty());
        vm.stepProperty().subscribe(s -> {
            boolean shows = s != null && !s.show().isEmpty();
            showMe.setVisible(shows);
            showMe.setManaged(shows);
        });

        Button next = new Button("Next ▶");
        next.setId("stripNext");
        next.setMnemonicParsing(false);
        next.setMinWidth(Region.USE_PREF_SIZE);
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.lessonProperty().get() == null
                || vm.stepIndexProperty().get() >= vm.lessonProperty().get().steps().size() - 1,
                vm.lessonProperty(), vm.stepIndexProperty()));

        Button open = new Button("Lesson");
        open.setId("stripOpen");
        open.setMnemonicParsing(false);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setTooltip(new Tooltip("Back to the lesson's page: its text, the C call and questions"));
        open.setOnAction(e -> openLessons.run());

        HBox row = new HBox(text, showMe, next, open);
        row.getStyleClass().add("lesson-strip-row");
        row.setMinHeight(Region.USE_PREF_SIZE);
        row.setMinWidth(0);

        // Where a DNS lesson's questions go when it is not the Internet: across the whole strip, in a few words (in
        // full in the tooltip and on the lesson's page).
        Label dns = new Label();
        dns.setId("stripDnsNote");
        dns.getStyleClass().add("lesson-strip-note");
        dns.setWrapText(true);
        dns.setMinWidth(0);
        dns.setMinHeight(Region.USE_PREF_SIZE);
        dns.setMaxWidth(Double.MAX_VALUE);
        dns.textProperty().bind(vm.dnsStripNoteProperty());
        dns.visibleProperty().bind(dns.textProperty().isNotEmpty());
        dns.managedProperty().bind(dns.visibleProperty());
        Tooltip dnsWhy = new Tooltip();
        dnsWhy.setWrapText(true);
        dnsWhy.setMaxWidth(600);
        dnsWhy.textProperty().bind(vm.dnsNoteProperty());
        dns.setTooltip(dnsWhy);

        VBox strip = new VBox(row, dns);
        strip.setId("lessonStrip");
        strip.getStyleClass().add("lesson-strip");
        // The pane above gives way to it, not the reverse: shrunk below the height its wrapped lines need, the step's
        // title would be cut with "…" again.
        strip.setMinHeight(Region.USE_PREF_SIZE);
        var shown = Bindings.createBooleanBinding(() -> vm.lessonProperty().get() != null
                && !"lessons".equals(shownPane.get()), vm.lessonProperty(), shownPane);
        strip.visibleProperty().bind(shown);
        strip.managedProperty().bind(shown);
        return strip;
    }
}
