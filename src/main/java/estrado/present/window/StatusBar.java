package estrado.present.window;

import estrado.deck.Deck;
import estrado.deck.Section;
import estrado.i18n.Messages;
import estrado.present.keys.Keys;
import estrado.present.talk.PlainText;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.timing.Plan;
import estrado.timing.TimerState;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The presenter's top line: where the talk is (section, and the same n/N as the projected slide's footer), what
 * the room sees instead of the slide (black or white), the clock's state (not started, paused), the wall clock,
 * and the theme and help buttons. Each part follows the property it shows.
 */
final class StatusBar extends HBox {
    private static final DateTimeFormatter WALL = DateTimeFormatter.ofPattern("HH:mm");

    private final Presentation presentation;
    private final TalkSession session;
    private final Label section = new Label();
    private final Label count = new Label();
    private final Label wallClock = new Label();
    private final Label blankBadge = new Label();
    private final Label timerBadge = new Label();

    StatusBar(Presentation presentation, TalkSession session, Consumer<Keys.Action> perform) {
        this.presentation = presentation;
        this.session = session;
        getStyleClass().add("top-bar");
        section.getStyleClass().add("top-section");
        section.setId("top-section");
        section.setTextOverrun(OverrunStyle.ELLIPSIS);
        section.setMinWidth(0);
        section.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(section, Priority.ALWAYS);
        count.getStyleClass().add("top-count");
        count.setId("top-count");
        wallClock.getStyleClass().add("wall-clock");
        wallClock.setId("wall-clock");
        blankBadge.getStyleClass().addAll("state-badge", "blank");
        blankBadge.setId("blank-badge");
        timerBadge.getStyleClass().add("state-badge");
        timerBadge.setId("timer-badge");
        for (Label l : List.of(count, wallClock, blankBadge, timerBadge)) {
            l.setMinWidth(Label.USE_PREF_SIZE);
        }
        Button theme = new Button("\u25d0");
        theme.setTooltip(new Tooltip(Messages.get("button.theme")));
        theme.setId("theme-button");
        theme.setFocusTraversable(false);
        theme.setOnAction(e -> perform.accept(Keys.Action.THEME));
        Button help = new Button("?");
        help.setId("help-button");
        help.setFocusTraversable(false);
        help.setOnAction(e -> perform.accept(Keys.Action.HELP));
        getChildren().addAll(section, blankBadge, timerBadge, count, wallClock, theme, help);

        for (ObservableValue<?> v : List.of(presentation.positionProperty(), presentation.deckProperty(),
                session.planProperty())) {
            v.addListener((o, a, b) -> showPlace());
        }
        presentation.blankProperty().addListener((o, a, b) -> showBlank());
        session.timerProperty().addListener((o, a, b) -> showClockState());
        session.nowProperty().addListener((o, a, b) -> showWallClock());
        showPlace();
        showBlank();
        showClockState();
        showWallClock();
    }

    /** Puts the file menu at the start of the line. */
    void addMenu(MenuButton menu) {
        getChildren().add(0, menu);
    }

    private void showPlace() {
        Deck deck = presentation.deckProperty().get().deck();
        Section sec = deck.sectionOf(presentation.currentSlide());
        section.setText(Messages.get("top.section", deck.sections().indexOf(sec) + 1, deck.sections().size(),
                PlainText.of(sec.title())));
        // the same n/N as the projected slide's footer, so "slide 12" means one thing in the room
        Plan plan = session.plan();
        int slide = presentation.position().slide();
        count.setText(Messages.get(plan.isCounted(slide) ? "top.count" : "top.backup", slide + 1, plan.slideCount()));
    }

    private void showBlank() {
        Presentation.Blank blank = presentation.blankProperty().get();
        boolean blanked = blank != Presentation.Blank.NONE;
        blankBadge.setVisible(blanked);
        blankBadge.setManaged(blanked);
        blankBadge.setText(Messages.get(blank == Presentation.Blank.WHITE ? "badge.white" : "badge.black"));
    }

    private void showClockState() {
        TimerState state = session.timer().state();
        timerBadge.getStyleClass().removeAll("paused", "pretalk");
        boolean shown = state == TimerState.PAUSED || state == TimerState.NOT_STARTED;
        if (shown) {
            boolean paused = state == TimerState.PAUSED;
            timerBadge.setText(Messages.get(paused ? "badge.paused" : "badge.pretalk"));
            timerBadge.getStyleClass().add(paused ? "paused" : "pretalk");
        }
        timerBadge.setVisible(shown);
        timerBadge.setManaged(shown);
    }

    private void showWallClock() {
        wallClock.setText(WALL.format(session.nowProperty().get().atZone(session.clock().getZone())));
    }

    Label wallClock() {
        return wallClock;
    }

    Label blankBadge() {
        return blankBadge;
    }

    Label count() {
        return count;
    }
}
