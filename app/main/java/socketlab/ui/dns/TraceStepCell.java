package socketlab.ui.dns;

import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import socketlab.dns.DnsRecord;
import socketlab.dns.Timing;
import socketlab.dns.TraceStep;

/**
 * One step of a trace: its number, the zone of the server asked (., edu., stanford.edu.), who was asked about
 * what, what came back with its records, and how long it took. Steps that look up a name server's address are
 * indented under the referral that needed it.
 */
final class TraceStepCell extends ListCell<TraceStep> {
    private final Label number = new Label();
    private final Label zone = new Label();
    private final Label asked = new Label();
    private final Label summary = new Label();
    private final Label records = new Label();
    private final Label time = new Label();
    private final VBox text = new VBox(asked, summary, records);
    private final Region spacer = new Region();
    private final HBox box = new HBox(number, zone, text, spacer, time);

    TraceStepCell() {
        number.getStyleClass().add("step-number");
        zone.getStyleClass().add("step-zone");
        asked.getStyleClass().add("step-asked");
        summary.getStyleClass().add("step-summary");
        records.getStyleClass().add("step-records");
        time.getStyleClass().add("step-time");
        text.getStyleClass().add("step-text");
        box.getStyleClass().add("step-cell");
        summary.setWrapText(true);
        asked.setWrapText(true);
        for (Label l : new Label[] {number, time}) {
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        // A cell that prefers no width takes the list's width, so long lines wrap instead of scrolling.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(TraceStep step, boolean empty) {
        super.updateItem(step, empty);
        for (TraceStep.Kind k : TraceStep.Kind.values()) {
            summary.pseudoClassStateChanged(pseudo(k), !empty && step != null && step.kind() == k);
        }
        if (empty || step == null) {
            setGraphic(null);
            return;
        }
        number.setText(Integer.toString(step.number()));
        zone.setText(step.zone().toString());
        asked.setText("asked " + step.server() + " about " + step.question());
        summary.setText(step.summary());
        records.setText(step.records().stream().map(TraceStepCell::line).collect(Collectors.joining("\n")));
        records.setVisible(!step.records().isEmpty());
        records.setManaged(!step.records().isEmpty());
        time.setText(Timing.text(step.elapsed()));
        box.setStyle("-fx-padding: 0.35em 0.5em 0.35em " + (0.5 + 2.4 * step.depth()) + "em;");
        setGraphic(box);
    }

    /** A record without tabs, which a label does not line up. */
    private static String line(DnsRecord r) {
        return r.name() + "  " + r.ttlText() + "  " + r.clazz() + "  " + r.type() + "  " + r.data();
    }

    private static PseudoClass pseudo(TraceStep.Kind k) {
        return PseudoClass.getPseudoClass(k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
}
