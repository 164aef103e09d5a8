package estrado.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import estrado.deck.TestDecks;
import estrado.preflight.CheckItem;
import estrado.preflight.Display;
import estrado.preflight.ScreenRoles;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideRenderer;
import estrado.render.WidgetViews;
import estrado.timing.PresentationSnapshot;
import estrado.timing.TalkTimer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The dialog before the talk: the clicker's keys are echoed, not acted on; Enter starts, with the resume choice. */
class PreLectureDialogTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() {
        FxRuntime.startHeadless();
    }

    private PreLectureDialog open(PresentationSnapshot snapshot, List<Boolean> started) {
        return open(snapshot, List.of(), started);
    }

    private PreLectureDialog open(PresentationSnapshot snapshot, List<CheckItem> items, List<Boolean> started) {
        Display d = new Display(0, 0, 1366, 768, true);
        PreLectureDialog dialog = FxRuntime.call(() -> {
            PreLectureDialog dl = new PreLectureDialog(new Stage(), List.of(d),
                    ScreenRoles.assign(List.of(d), false), items, snapshot, started::add);
            dl.show();
            return dl;
        });
        robot.targetWindow(dialog.stage());
        robot.interact(() -> dialog.stage().requestFocus());
        return dialog;
    }

    @Test
    void theVerdictComesFirstTheHomeworkIsFoldedAndTheEchoStaysInView() {
        List<CheckItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(new CheckItem(CheckItem.Level.WARNING, CheckItem.Topic.AUTHOR, "entrada " + i + " sin citar"));
        }
        items.add(new CheckItem(CheckItem.Level.WARNING, CheckItem.Topic.DECK, "falta una imagen"));
        items.add(new CheckItem(CheckItem.Level.WARNING, CheckItem.Topic.DECK, "falta una imagen"));
        PreLectureDialog dialog = open(null, items, new ArrayList<>());
        // one screen (a warning) and the missing image, shown once: 2 things to review; the 6 entries are homework
        assertEquals("2 cosas que revisar", FxRuntime.call(dialog::verdictText));
        assertFalse(FxRuntime.call(() -> dialog.authorGroup().isExpanded()));
        assertTrue(FxRuntime.call(() -> dialog.authorGroup().getText()).contains("(6)"));
        javafx.scene.Node echo = FxRuntime.call(() -> dialog.stage().getScene().lookup("#clicker-echo"));
        for (javafx.scene.Node n = echo; n != null; n = n.getParent()) {
            assertFalse(n instanceof javafx.scene.control.ScrollPane, "the clicker echo is never scrolled away");
        }
        long images = FxRuntime.call(() -> dialog.stage().getScene().getRoot().lookupAll(".check-warning").stream()
                .filter(n -> ((Label) n).getText().contains("falta una imagen")).count());
        assertEquals(1, images, "nothing twice");
    }

    @Test
    void aBadEndTimeKeepsTheDialogOpenAndSaysWhy() {
        List<Boolean> started = new ArrayList<>();
        PreLectureDialog dialog = open(null, started);
        List<String> applied = new ArrayList<>();
        robot.interact(() -> dialog.offerSlotEnd("11:4", text -> {
            applied.add(text);
            return text.isBlank() || estrado.timing.SlotEnd.parse(text).isPresent();
        }));
        robot.interact(() -> ((javafx.scene.control.TextField) dialog.stage().getScene().lookup("#slot-end"))
                .setText("once y media"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(started.isEmpty());
        assertTrue(FxRuntime.call(() -> ((Label) dialog.stage().getScene().lookup("#slot-end-error")).getText())
                .contains("once y media"));
        robot.interact(() -> ((javafx.scene.control.TextField) dialog.stage().getScene().lookup("#slot-end"))
                .setText("11:45"));
        robot.interact(() -> dialog.stage().getScene().getRoot().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(false), started);
        assertEquals("11:45", applied.get(applied.size() - 1));
    }

    @Test
    void clickerKeysAreEchoedWithTheirMeaning() {
        List<Boolean> started = new ArrayList<>();
        PreLectureDialog dialog = open(null, started);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("AvPág → siguiente", FxRuntime.call(dialog::echoText));
        robot.type(KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(". → proyector en negro", FxRuntime.call(dialog::echoText));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // a clicker's Esc only closes panels in the presenter (and never drops the projector out of full screen)
        assertEquals("Esc → cerrar panel", FxRuntime.call(dialog::echoText));
        robot.type(KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q → sin función", FxRuntime.call(dialog::echoText));
        assertTrue(started.isEmpty(), "clicker keys do not start the talk");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(false), started);
        assertFalse(FxRuntime.call(() -> dialog.stage().isShowing()));
    }

    @Test
    void anUnfinishedRunIsOfferedAndCanBeDeclined() {
        PresentationSnapshot snap = unfinishedRun();
        List<Boolean> started = new ArrayList<>();
        PreLectureDialog dialog = open(snap, started);
        assertTrue(FxRuntime.call(dialog::resumeChosen), "resuming is the default");
        robot.interact(() -> dialog.setResume(false));
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(false), started);
    }

    @Test
    void enterResumesByDefault() {
        PresentationSnapshot snap = unfinishedRun();
        List<Boolean> started = new ArrayList<>();
        open(snap, started);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(true), started);
    }

    @Test
    void theResumeOfferStaysInViewUnderALongListOfWarnings() {
        PresentationSnapshot snap = unfinishedRun();
        List<CheckItem> warnings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            warnings.add(new CheckItem(CheckItem.Level.WARNING, CheckItem.Topic.DECK, "slides/x.yaml:" + i + ":1: aviso " + i));
        }
        PreLectureDialog dialog = open(snap, warnings, new ArrayList<>());
        javafx.geometry.Bounds box = FxRuntime.call(() -> {
            javafx.scene.Node check = dialog.stage().getScene().lookup("#resume-check");
            return check.localToScene(check.getBoundsInLocal());
        });
        double height = FxRuntime.call(() -> dialog.stage().getScene().getHeight());
        assertTrue(box.getMinY() >= 0 && box.getMaxY() <= height, "the offer at " + box + " in a scene " + height + " high");
    }

    /** A talk left on its third slide ten minutes in. */
    private static PresentationSnapshot unfinishedRun() {
        Instant t = Instant.parse("2025-05-06T10:00:00Z");
        return new PresentationSnapshot("d", "b1", 2, 0, TalkTimer.notStarted().start(t), t.plusSeconds(600));
    }

    @TempDir
    Path dir;

    /** Drawing every slide to check it fits happens after the dialog is up, a slide a frame, never before it shows. */
    @Test
    void theRenderingCheckRunsAfterTheDialogIsUpAndNamesTheSlideThatOverflows() {
        StringBuilder yaml = new StringBuilder("id: s1\ntitle: Uno\nbudget: 10\nslides:\n"
                + "  - id: corta\n    title: Bien\n    blocks: ['Una línea']\n"
                + "  - id: larga\n    title: Demasiado\n    blocks:\n");
        for (int i = 0; i < 30; i++) {
            yaml.append("      - 'Línea número ").append(i).append("'\n");
        }
        OpenedDeck opened = OpenedDeck.open(TestDecks.withSection(dir, yaml.toString()), WidgetViews.none());
        PreLectureDialog dialog = open(null, new ArrayList<>());
        String before = FxRuntime.call(() -> {
            dialog.checkRendering(new SlideRenderer(opened.context().orElseThrow()), opened.root());
            return ((Label) dialog.stage().getScene().lookup("#render-progress")).getText();
        });
        assertTrue(before.endsWith("0/2"), "nothing drawn while the dialog is being shown: " + before);
        assertTrue(estrado.render.Pulses.until(dialog::renderingChecked), "every slide checked (60 s: a hang detector)");
        List<String> lines = FxRuntime.call(() -> dialog.stage().getScene().getRoot().lookupAll(".check-error").stream()
                .map(n -> ((Label) n).getText()).toList());
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).contains("larga"), lines::toString);
    }
}
