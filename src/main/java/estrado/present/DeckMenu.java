package estrado.present;

import estrado.export.ExportCancelledException;
import estrado.export.ExportPage;
import estrado.export.PdfExporter;
import estrado.i18n.Messages;
import estrado.render.SlideContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The presenter's "Archivo" menu: open another deck folder (in a fresh estrado, see
 * {@link DeckLaunch}), the recent decks, and PDF export with a progress bar and cancel.
 * Exports draw the deck's defaults, never the talk's widget state.
 */
final class DeckMenu {
    private final Window owner;
    private final Supplier<SlideContext> exportContext;
    private final RecentDecks recent;
    private final Consumer<Path> openInNewProcess;
    private final Consumer<String> notice;

    /**
     * @param exportContext     the current deck with unbound widgets (deck defaults)
     * @param openInNewProcess  starts estrado on a folder and closes this talk (its run is saved)
     * @param notice            a one-line message in the presenter window's banner
     */
    DeckMenu(Window owner, Supplier<SlideContext> exportContext, RecentDecks recent, Consumer<Path> openInNewProcess,
            Consumer<String> notice) {
        this.owner = owner;
        this.exportContext = exportContext;
        this.recent = recent;
        this.openInNewProcess = openInNewProcess;
        this.notice = notice;
    }

    MenuButton button() {
        MenuButton menu = new MenuButton(Messages.get("menu.file"));
        menu.setId("file-menu");
        menu.setFocusTraversable(false);
        MenuItem open = new MenuItem(Messages.get("menu.open"));
        open.setId("menu-open");
        open.setOnAction(e -> chooseDeck());
        Menu recentMenu = new Menu(Messages.get("menu.recent"));
        recentMenu.setId("menu-recent");
        // rebuilt on every opening: folders come and go while the app runs
        menu.setOnShowing(e -> fillRecent(recentMenu));
        fillRecent(recentMenu);
        MenuItem pdf = new MenuItem(Messages.get("menu.exportPdf"));
        pdf.setId("menu-export-pdf");
        pdf.setOnAction(e -> chooseExport(false));
        MenuItem handout = new MenuItem(Messages.get("menu.exportHandout"));
        handout.setId("menu-export-handout");
        handout.setOnAction(e -> chooseExport(true));
        menu.getItems().addAll(open, recentMenu, new SeparatorMenuItem(), pdf, handout);
        return menu;
    }

    private void fillRecent(Menu recentMenu) {
        recentMenu.getItems().clear();
        for (Path p : recent.decks()) {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> open(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void chooseDeck() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("menu.open"));
        File dir = chooser.showDialog(owner);
        if (dir != null) {
            open(dir.toPath());
        }
    }

    void open(Path folder) {
        Path deck = DeckLaunch.isDeck(folder) ? folder
                : DeckLaunch.isDeck(folder.resolve("slides")) ? folder : null;
        if (deck == null) {
            notice.accept(Messages.get("menu.notADeck", folder));
            return;
        }
        openInNewProcess.accept(deck);
    }

    private void chooseExport(boolean notes) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(notes ? "menu.exportHandout" : "menu.exportPdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(fileName(exportContext.get().deck().title(), notes));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(file.toPath(), notes);
        }
    }

    static String fileName(String title, boolean notes) {
        String base = title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "estrado" : base) + (notes ? "-notas" : "") + ".pdf";
    }

    /** Exports on a worker thread (the exporter draws each page on the JavaFX thread in turn). */
    Thread export(Path out, boolean notes) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(360);
        Label what = new Label(Messages.get("menu.exporting", out.getFileName()));
        Button cancel = new Button(Messages.get("menu.cancel"));
        cancel.setOnAction(e -> cancelled.set(true));
        VBox box = new VBox(10, what, bar, cancel);
        box.setPadding(new Insets(16));
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE); // the talk goes on while the PDF is written
        dialog.setTitle(Messages.get("menu.exportPdf"));
        dialog.setScene(new Scene(box));
        dialog.show();
        SlideContext ctx = exportContext.get();
        Thread worker = new Thread(() -> {
            String result;
            try {
                PdfExporter.Result r = new PdfExporter(ctx).export(out,
                        new PdfExporter.Options(ExportPage.Steps.FINAL, notes),
                        (done, total) -> Platform.runLater(() -> bar.setProgress(done / (double) total)),
                        cancelled::get);
                result = Messages.get("menu.exported", r.pages(), out);
            } catch (ExportCancelledException e) {
                result = Messages.get("menu.exportCancelled");
            } catch (IOException | RuntimeException e) {
                result = Messages.get("cli.failed", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
            }
            String said = result;
            Platform.runLater(() -> {
                dialog.close();
                notice.accept(said);
            });
        }, "estrado-export");
        worker.setDaemon(true);
        worker.start();
        return worker;
    }
}
