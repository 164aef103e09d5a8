package estrado.present;

import estrado.deck.BundledDeck;
import estrado.present.keys.Keys;
import estrado.present.overlay.GoToOverlay;
import estrado.present.talk.Position;
import estrado.present.talk.Presentation;
import estrado.present.talk.TalkSession;
import estrado.present.window.Chrome;
import estrado.present.window.PresenterPrefs;
import estrado.present.window.PresenterWindow;
import estrado.render.FxRuntime;
import estrado.render.OpenedDeck;
import estrado.render.SlideImages;
import estrado.render.WidgetViews;
import estrado.timing.PaceSettings;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Draws the presenter window headless to PNG at 1920×1080 and 1366×768, mid-talk, to look at it:
 * {@code java -cp ... estrado.present.PresenterShots OUT_DIR [DECK_DIR]}.
 */
public final class PresenterShots {
    private PresenterShots() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/presenter-png");
        Path deck = args.length > 1 ? Path.of(args[1]) : BundledDeck.root();
        // the pretend screen must hold the largest window, or Monocle cannot copy its frames
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1920x1080-32"));
        FxRuntime.startHeadless();
        OpenedDeck opened = OpenedDeck.open(deck, WidgetViews.of(estrado.app.Main.widgetRegistry()));
        for (boolean dark : new boolean[] {false, true}) {
            for (double[] size : new double[][] {{1920, 1080}, {1366, 768}}) {
                String name = String.format("presenter-%dx%d%s", (int) size[0], (int) size[1], dark ? "-dark" : "");
                shoot(opened, size[0], size[1], dark, out.resolve(name + ".png"), Scene.RUNNING);
            }
        }
        for (Scene sc : Scene.values()) {
            for (double[] size : new double[][] {{1920, 1080}, {1366, 768}}) {
                String name = String.format("presenter-%dx%d-%s", (int) size[0], (int) size[1],
                        sc.name().toLowerCase(java.util.Locale.ROOT));
                shoot(opened, size[0], size[1], false, out.resolve(name + ".png"), sc);
            }
        }
        System.out.println("written to " + out.toAbsolutePath());
        System.exit(0);
    }

    /** What the picture shows. */
    enum Scene { RUNNING, PRETALK, PAUSED_BLACK, LAST_MINUTES, HELP, OVERVIEW, GOTO, RESET }

    /** Sets the scene up on the JavaFX thread, lets it draw some frames (previews, thumbnails), then snapshots. */
    static void shoot(OpenedDeck opened, double w, double h, boolean dark, Path file, Scene scene) throws Exception {
        PresenterWindow pw = FxRuntime.call(() -> setUp(opened, w, h, dark, scene));
        estrado.render.Pulses.await(scene == Scene.OVERVIEW ? 90 : 18); // ~1,5 s / 0,3 s of frames at 60 Hz
        FxRuntime.call(() -> {
            Stage stage = pw.stage();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            WritableImage img = stage.getScene().snapshot(null);
            SlideImages.writePng(img, file);
            pw.stopTicking();
            stage.close();
            return null;
        });
    }

    private static PresenterWindow setUp(OpenedDeck opened, double w, double h, boolean dark, Scene scene) {
        Chrome chrome = new Chrome();
        chrome.apply(dark ? PresenterPrefs.Theme.DARK : PresenterPrefs.Theme.LIGHT);
        Presentation p = new Presentation(opened.context().get());
        MutableClock clock = MutableClock.at("2025-05-06T10:00:00Z");
        TalkSession session = new TalkSession(p, clock, PaceSettings.defaults(), null, false);
        PresenterWindow pw = new PresenterWindow(new Stage(), p, session, PresenterPrefs.inMemory(
                dark ? PresenterPrefs.Theme.DARK : PresenterPrefs.Theme.LIGHT), chrome);
        // a talk 24 minutes in, a bit behind: walk the slides at a steady pace up to section 3
        int target = Math.min(p.slideCount() - 1, Math.max(1, p.slideCount() / 3));
        if (scene != Scene.PRETALK) {
            p.next();
            while (p.position().slide() < target) {
                clock.advance(Duration.ofSeconds(170));
                p.next();
            }
            clock.advance(Duration.ofSeconds(40));
        }
        if (scene == Scene.PAUSED_BLACK) {
            session.startOrTogglePause();
            clock.advance(Duration.ofSeconds(95));
            p.toggleBlank(Presentation.Blank.BLACK);
        }
        if (scene == Scene.LAST_MINUTES) {
            p.goTo(new Position(p.slideCount() - 2, 0));
            clock.advance(Duration.ofMinutes(75));
        }
        session.tick();
        Stage stage = pw.stage();
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
        stage.getScene().getRoot().resize(w, h);
        switch (scene) {
            case HELP -> pw.perform(Keys.Action.HELP);
            case OVERVIEW -> pw.perform(Keys.Action.OVERVIEW);
            case GOTO -> {
                pw.perform(Keys.Action.FIND_SLIDE);
                ((GoToOverlay) pw.overlay()).field().setText("optimiz");
            }
            case RESET -> pw.perform(Keys.Action.RESET_CLOCK);
            default -> { }
        }
        return pw;
    }
}
