package socketlab.ui.lessons;

import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import socketlab.lessons.Lesson;
import socketlab.lessons.Step;
import socketlab.ui.SideColumn;
import socketlab.ui.Views;

/** The Lessons pane's view: the lesson list and the lesson being taken, bound to {@link LessonsViewModel}. */
public final class LessonsController {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PASSED = PseudoClass.getPseudoClass("passed");
    /** Below this width (in em) a running lesson folds the list away to keep its step readable. */
    private static final double FOLD_EM = 48;

    private final LessonsViewModel vm;

    @FXML
    private HBox pane;
    @FXML
    private VBox sideBar;
    @FXML
    private Button showSideButton;
    @FXML
    private VBox side;
    @FXML
    private Button hideSideButton;
    @FXML
    private ListView<Lesson> lessonList;
    @FXML
    private TextField folderField;
    @FXML
    private Button chooseFolderButton;
    @FXML
    private Label folderNote;
    @FXML
    private VBox problemBox;
    @FXML
    private VBox problemLines;
    @FXML
    private ScrollPane stepScroll;
    @FXML
    private VBox placeholder;
    @FXML
    private VBox lessonBox;
    @FXML
    private Label lessonTitle;
    @FXML
    private FlowPane stepDots;
    @FXML
    private Label stepTitle;
    @FXML
    private Label stepText;
    @FXML
    private Label stepCall;
    @FXML
    private Button lessonShowMe;
    @FXML
    private Button demoButton;
    @FXML
    private Label demoNote;
    @FXML
    private Label showMeProblem;
    @FXML
    private Label dnsNote;
    @FXML
    private HBox checkRow;
    @FXML
    private Label checkMark;
    @FXML
    private Label checkText;
    @FXML
    private VBox answerBox;
    @FXML
    private TextField lessonAnswer;
    @FXML
    private Button answerButton;
    @FXML
    private Label answerHint;
    @FXML
    private FlowPane stepNav;
    @FXML
    private Button backButton;
    @FXML
    private Button nextButton;
    @FXML
    private Button restartButton;
    @FXML
    private Button leaveButton;
    @FXML
    private CheckBox keepCheck;

    private LessonsController(LessonsViewModel vm) {
        this.vm = vm;
    }

    /** Builds the pane. */
    public static Parent view(LessonsViewModel vm) {
        return Views.load(LessonsController.class, "LessonsPane.fxml", new LessonsController(vm)).root();
    }

    @FXML
    private void initialize() {
        lessonList.setItems(vm.lessons());
        lessonList.setCellFactory(l -> new LessonCell());
        lessonList.getSelectionModel().selectedItemProperty().subscribe(l -> {
            if (l != null && l != vm.lessonProperty().get()) {
                vm.begin(l);
            }
        });
        vm.lessonProperty().subscribe(l -> {
            if (l == null) {
                lessonList.getSelectionModel().clearSelection();
            } else if (lessonList.getSelectionModel().getSelectedItem() != l) {
                lessonList.getSelectionModel().select(l);
            }
            boolean taking = l != null;
            lessonBox.setVisible(taking);
            lessonBox.setManaged(taking);
            stepNav.setVisible(taking);
            stepNav.setManaged(taking);
            placeholder.setVisible(!taking);
            placeholder.setManaged(!taking);
            lessonTitle.setText(l == null ? "" : "Lesson " + l.number() + " · " + l.title());
        });
        vm.progressVersionProperty().subscribe(v -> {
            lessonList.refresh();
            dots();
        });
        vm.stepProperty().subscribe(this::showStep);
        // The step's text names facts the lab learns as the learner works: filled in again as they arrive.
        vm.passedProperty().subscribe(p -> showStep(vm.stepProperty().get()));
        vm.whyProperty().subscribe(w -> fillText());

        checkMark.textProperty().bind(vm.passedProperty().map(p -> p ? "✓" : "◯"));
        checkText.textProperty().bind(Bindings.createStringBinding(() -> vm.passedProperty().get()
                ? "Done: the lab saw it happen." : "Not yet: " + vm.whyProperty().get(),
                vm.passedProperty(), vm.whyProperty()));
        vm.passedProperty().subscribe(p -> checkRow.pseudoClassStateChanged(PASSED, p));

        lessonShowMe.setOnAction(e -> vm.showMe());
        lessonShowMe.disableProperty().bind(vm.showingProperty());
        lessonShowMe.setTooltip(new Tooltip("The lab does this step for you, in its panes, and points at the"
                + " control that matters"));
        demoButton.textProperty().bind(vm.demoProperty().map(d -> d ? "■  Stop the demo" : "Run the demo"));
        demoButton.setOnAction(e -> {
            if (vm.demoProperty().get()) {
                vm.stopDemo();
            } else {
                vm.startDemo();
            }
        });
        demoButton.setTooltip(new Tooltip("Show every step in turn: each step is shown, then Space, → or Page Down"
                + " (a presentation clicker) goes on to the next"));
        demoNote.textProperty().bind(vm.demoProperty().map(d -> d
                ? "Demo: Space, → or Page Down shows the next step; ← or Page Up goes back." : ""));
        visibleWhenText(demoNote);
        showMeProblem.textProperty().bind(vm.showMeProblemProperty());
        dnsNote.textProperty().bind(vm.dnsNoteProperty());
        visibleWhenText(dnsNote);
        visibleWhenText(showMeProblem);

        lessonAnswer.textProperty().bindBidirectional(vm.answerProperty());
        lessonAnswer.setOnAction(e -> vm.answer());
        answerButton.setOnAction(e -> vm.answer());
        answerHint.textProperty().bind(vm.hintProperty());
        // Beside the field when there is room, under it otherwise, and never wider than the row.
        answerHint.maxWidthProperty().bind(((javafx.scene.layout.Region) answerHint.getParent()).widthProperty()
                .subtract(2));
        visibleWhenText(answerHint);

        backButton.setOnAction(e -> vm.back());
        nextButton.setOnAction(e -> vm.next());
        restartButton.setOnAction(e -> vm.restart());
        restartButton.setTooltip(new Tooltip("Start the lesson again from its first step: its ✓ marks are"
                + " forgotten and what it started is stopped"));
        leaveButton.setOnAction(e -> vm.leave());
        leaveButton.setTooltip(new Tooltip("Leave the lesson: the servers, clients and capture its Show me started"
                + " stop, unless \"keep what it started\" is ticked"));
        keepCheck.selectedProperty().bindBidirectional(vm.keepProperty());
        backButton.disableProperty().bind(vm.stepIndexProperty().lessThanOrEqualTo(0));
        nextButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.lessonProperty().get() == null
                || vm.stepIndexProperty().get() >= vm.lessonProperty().get().steps().size() - 1,
                vm.lessonProperty(), vm.stepIndexProperty()));

        folderField.textProperty().bindBidirectional(vm.folderProperty());
        folderField.setOnAction(e -> vm.chooseFolder(folderField.getText()));
        folderField.focusedProperty().subscribe(f -> {
            if (!f) {
                vm.chooseFolder(folderField.getText());
            }
        });
        chooseFolderButton.setOnAction(e -> chooseFolder());
        folderNote.textProperty().bind(vm.folderNoteProperty());
        visibleWhenText(folderNote);
        vm.problems().subscribe(this::problems);
        problems();

        hideSideButton.setOnAction(e -> SideColumn.show(false, pane, side, sideBar));
        showSideButton.setOnAction(e -> SideColumn.show(true, pane, side, sideBar));
        hideSideButton.setTooltip(new Tooltip("Hide the lesson list: more room for the step"));
        showSideButton.setTooltip(new Tooltip("Show the lesson list"));
        SideColumn.foldWhenNarrow(pane, side, sideBar, FOLD_EM, lessonTitle,
                vm.lessonProperty().isNotNull());
    }

    private void showStep(Step s) {
        if (s == null) {
            return;
        }
        int i = vm.stepIndexProperty().get();
        int n = vm.lessonProperty().get().steps().size();
        stepTitle.setText("Step " + (i + 1) + " of " + n + " · " + s.title());
        fillText();
        stepCall.setText(s.call() == null ? "" : s.call());
        visibleWhenText(stepCall);
        boolean question = s.isQuestion();
        answerBox.setVisible(question);
        answerBox.setManaged(question);
        boolean shows = !s.show().isEmpty();
        lessonShowMe.setVisible(shows);
        lessonShowMe.setManaged(shows);
        dots();
        stepScroll.setVvalue(0);
    }

    private void fillText() {
        Step s = vm.stepProperty().get();
        stepText.setText(s == null ? "" : vm.fill(s.text()).strip());
    }

    /** One mark per step: its number, ✓ once done, the current one filled. */
    private void dots() {
        Lesson l = vm.lessonProperty().get();
        if (l == null) {
            stepDots.getChildren().clear();
            return;
        }
        List<Label> dots = new java.util.ArrayList<>();
        for (int i = 0; i < l.steps().size(); i++) {
            boolean done = vm.isDone(l, i);
            Label d = new Label((done ? "✓ " : "") + (i + 1));
            d.getStyleClass().add("step-dot");
            d.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            d.pseudoClassStateChanged(DONE, done);
            d.pseudoClassStateChanged(CURRENT, i == vm.stepIndexProperty().get());
            d.setTooltip(new Tooltip(l.steps().get(i).title()));
            dots.add(d);
        }
        stepDots.getChildren().setAll(dots);
    }

    private void problems() {
        problemLines.getChildren().setAll(vm.problems().stream().map(p -> {
            Label line = new Label(p);
            line.getStyleClass().add("problem-line");
            line.setWrapText(true);
            return line;
        }).toList());
        boolean any = !vm.problems().isEmpty();
        problemBox.setVisible(any);
        problemBox.setManaged(any);
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("The folder of your own lessons");
        String now = folderField.getText();
        if (now != null && !now.isBlank() && new File(now).isDirectory()) {
            chooser.setInitialDirectory(new File(now));
        }
        File dir = chooser.showDialog(pane.getScene() == null ? null : pane.getScene().getWindow());
        if (dir != null) {
            vm.chooseFolder(dir.getPath());
        }
    }

    private static void visibleWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** One lesson in the list: its number and title, its summary, ✓ when every step is done. */
    private final class LessonCell extends ListCell<Lesson> {
        LessonCell() {
            // As wide as the list, never wider: the title and summary wrap instead of scrolling sideways.
            setPrefWidth(0);
            setMinWidth(0);
        }

        @Override
        protected void updateItem(Lesson l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean complete = vm.isComplete(l);
            Label title = new Label(l.number() + "  " + l.title() + (complete ? "  ✓" : ""));
            title.getStyleClass().add("lesson-name");
            title.setWrapText(true);
            Label summary = new Label(l.summary() + (l.builtIn() ? "" : "  (" + new File(l.source()).getName()
                    + ")"));
            summary.getStyleClass().add("lesson-summary");
            summary.setWrapText(true);
            VBox box = new VBox(title, summary);
            box.getStyleClass().add("lesson-cell-box");
            box.setMinWidth(0);
            box.prefWidthProperty().bind(lessonList.widthProperty().subtract(34));
            box.maxWidthProperty().bind(box.prefWidthProperty());
            pseudoClassStateChanged(DONE, complete);
            setText(null);
            setGraphic(box);
        }
    }
}
