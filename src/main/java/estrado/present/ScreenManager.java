package estrado.present;

import estrado.i18n.Messages;
import estrado.preflight.Display;
import estrado.preflight.Displays;
import estrado.preflight.ScreenChoices;
import estrado.preflight.ScreenRoles;
import estrado.present.window.Banner;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the two windows on the right monitors and keeps them there: the audience full screen on the projector,
 * the presenter on the laptop; with one monitor, a rehearsal (the audience in a window). S swaps the roles and
 * the swap is remembered for this set of monitors. A projector plugged in or pulled out mid-talk re-runs the
 * placement; a failure there is reported, never thrown, because the talk goes on.
 */
final class ScreenManager {
    private final Stage presenter;
    private final Stage audience;
    private final ScreenChoices choices;
    private final Supplier<List<Display>> displays;
    private final BiConsumer<Banner.Level, String> notice;
    private ScreenRoles roles;
    private int lastCount = -1;
    /** The presenter window is placed and shown only once it is built (see {@link Windows#openAudienceFirst}). */
    private boolean presenterHeld;

    ScreenManager(Stage presenter, Stage audience, ScreenChoices choices, Supplier<List<Display>> displays,
            BiConsumer<Banner.Level, String> notice) {
        this.presenter = presenter;
        this.audience = audience;
        this.choices = choices;
        this.displays = displays;
        this.notice = notice;
        // on the projector, a clicker's Esc must not drop the audience out of full screen; F / F11 toggle it
        audience.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        audience.setFullScreenExitHint("");
        Screen.getScreens().addListener((ListChangeListener<Screen>) c -> Platform.runLater(this::screensChanged));
    }

    ScreenRoles roles() {
        return roles;
    }

    /** Assigns the roles for the monitors there are now and moves the windows. */
    void apply() {
        try {
            List<Display> ds = displays.get();
            lastCount = ds.size();
            roles = ScreenRoles.assign(ds, choices.isSwapped(ScreenRoles.monitorSetKey(ds)));
            place();
        } catch (RuntimeException e) {
            notice.accept(Banner.Level.DANGER, Messages.get("screens.failed", String.valueOf(e.getMessage())));
        }
    }

    /** Places and shows the audience window only, until {@link #releasePresenter()}. */
    void holdPresenter() {
        presenterHeld = true;
    }

    /** The presenter window is built: places both windows again, the presenter's shown now. */
    void releasePresenter() {
        presenterHeld = false;
        apply();
    }

    /** S: swaps presenter and audience, if there are two monitors to swap. */
    void swap() {
        if (roles == null || !roles.canSwap()) {
            notice.accept(Banner.Level.INFO, Messages.get("screens.one"));
            return;
        }
        boolean now = !choices.isSwapped(roles.monitorSet());
        if (!choices.setSwapped(roles.monitorSet(), now)) {
            notice.accept(Banner.Level.WARNING, Messages.get("screens.notRemembered"));
        }
        apply();
        notice.accept(Banner.Level.INFO, Messages.get("screens.swapped"));
    }

    /** F / F11 from either window: the audience window in or out of full screen. */
    void toggleAudienceFullScreen() {
        if (!audience.isShowing()) {
            audience.show();
        }
        audience.setFullScreen(!audience.isFullScreen());
    }

    private void screensChanged() {
        int before = lastCount;
        apply();
        if (before != lastCount && roles != null) {
            notice.accept(Banner.Level.WARNING, roles.canSwap()
                    ? Messages.get("screens.projectorOn") : Messages.get("screens.rehearsal"));
        }
    }

    private void place() {
        if (roles.presenter() == null) {
            return;
        }
        Rectangle2D desk = Displays.screenOf(roles.presenter()).getVisualBounds();
        if (audience.isFullScreen()) {
            audience.setFullScreen(false);
        }
        if (roles.canSwap()) {
            Rectangle2D wall = Displays.screenOf(roles.audience()).getBounds();
            audience.setX(wall.getMinX());
            audience.setY(wall.getMinY());
            audience.setWidth(wall.getWidth());
            audience.setHeight(wall.getHeight());
            if (!audience.isShowing()) {
                audience.show();
            }
            audience.setFullScreen(true);
        } else {
            // rehearsal on one monitor: a 16:9 audience window behind the presenter, easy to bring forward
            double w = Math.min(960, desk.getWidth() * 0.6);
            double h = w * 9 / 16;
            audience.setX(desk.getMinX() + (desk.getWidth() - w) / 2);
            audience.setY(desk.getMinY() + (desk.getHeight() - h) / 2);
            audience.setWidth(w);
            audience.setHeight(h);
            if (!audience.isShowing()) {
                audience.show();
            }
        }
        if (presenterHeld) {
            return;
        }
        presenter.setMaximized(false);
        presenter.setX(desk.getMinX());
        presenter.setY(desk.getMinY());
        presenter.setWidth(desk.getWidth());
        presenter.setHeight(desk.getHeight());
        if (!presenter.isShowing()) {
            presenter.show();
        }
        presenter.toFront();
        presenter.requestFocus();
    }
}
