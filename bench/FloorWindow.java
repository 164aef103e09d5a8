import estrado.present.StartupProbe;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor for bench/startup.sh: the smallest JavaFX window worth the name (one Label,
 * default theme) on the same runtime as estrado, timed by the same probe.
 */
public final class FloorWindow extends Application {
    public static void main(String[] args) {
        StartupProbe.installIfRequested();
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("estrado")), 1280, 720));
        stage.setTitle("floor");
        stage.show();
    }
}
