package estrado;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every dependency rule of DESIGN.md, in one place: app → cli, present, export → render → widgets, deck, bib,
 * timing, with preflight and plan between the windows and the model, storage at the bottom; the model and the
 * calculators never touch JavaFX; no cycles between features.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    /**
     * A widget feature's views, its state and the reading of its deck parameters: the top-level class is named
     * {@code …Widget…} ({@code VramWidget}, {@code VramWidgetParts}), {@code …State} or {@code …Settings}.
     * Everything else in a feature package ({@code widgets.vram}, {@code widgets.model}, …) is a calculator.
     */
    private static final DescribedPredicate<JavaClass> VIEWS = DescribedPredicate.describe(
            "a widget view, state or settings", c -> inFeature(c) && (topLevelName(c).contains("Widget")
                    || topLevelName(c).endsWith("State") || topLevelName(c).endsWith("Settings")));

    private static final DescribedPredicate<JavaClass> SETTINGS = DescribedPredicate.describe("a widget's settings",
            c -> inFeature(c) && topLevelName(c).endsWith("Settings"));

    private static final DescribedPredicate<JavaClass> CALCULATORS = DescribedPredicate.describe("a widget calculator",
            c -> inFeature(c) && !VIEWS.test(c));

    /** In a feature package below widgets, not the shared controls and charts (ui, chart). */
    private static boolean inFeature(JavaClass c) {
        String pkg = c.getPackageName();
        return pkg.startsWith("estrado.widgets.") && !pkg.startsWith("estrado.widgets.ui")
                && !pkg.startsWith("estrado.widgets.chart");
    }

    private static String topLevelName(JavaClass c) {
        return c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0];
    }

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("estrado");
    }

    @Test
    void modelAndLogicNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("estrado.deck..", "estrado.bib..", "estrado.timing..",
                        "estrado.i18n..", "estrado.storage..", "estrado.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
        noClasses().that(CALCULATORS).or(SETTINGS).should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void lowerLayersNeverReachUp() {
        noClasses().that().resideInAnyPackage("estrado.deck..", "estrado.bib..", "estrado.timing..", "estrado.widgets..",
                        "estrado.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.render..", "estrado.present..",
                        "estrado.export..", "estrado.cli..", "estrado.app..")
                .check(classes);
        noClasses().that().resideInAPackage("estrado.render..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.present..", "estrado.export..",
                        "estrado.cli..", "estrado.app..")
                .check(classes);
        noClasses().that().resideInAnyPackage("estrado.cli..", "estrado.present..", "estrado.export..")
                .should().dependOnClassesThat().resideInAPackage("estrado.app..")
                .check(classes);
    }

    @Test
    void deckDoesNotKnowBibliographyOrWidgets() {
        noClasses().that().resideInAPackage("estrado.deck..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.bib..", "estrado.widgets..", "estrado.timing..")
                .check(classes);
    }

    /** timing is pure logic beside the deck model: importable from anywhere, so it knows no other feature. */
    @Test
    void timingKnowsNoOtherFeature() {
        noClasses().that().resideInAPackage("estrado.timing..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.deck..", "estrado.present..",
                        "estrado.render..", "estrado.app..", "estrado.cli..")
                .check(classes);
    }

    /** The calculators serve the widgets, the CLI and tests alike: no deck model, no views, no widget framework. */
    @Test
    void calculatorsKnowNeitherTheDeckNorTheViews() {
        noClasses().that(CALCULATORS)
                .should().dependOnClassesThat().resideInAnyPackage("estrado.deck..", "estrado.widgets.ui..",
                        "estrado.widgets.chart..", "estrado.widgets")
                .orShould().dependOnClassesThat(VIEWS)
                .check(classes);
    }

    /** Features may build on each other (the batch chart asks the VRAM estimator) but never in a circle. */
    @Test
    void noCyclesBetweenWidgetFeatures() {
        slices().matching("estrado.widgets.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void thePlanAdapterKnowsOnlyTheDeckAndTiming() {
        noClasses().that().resideInAPackage("estrado.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.present..", "estrado.cli..",
                        "estrado.app..", "estrado.render..", "estrado.preflight..")
                .check(classes);
    }

    @Test
    void thePreLectureCheckIsBelowTheWindowsAndTheCommandLine() {
        noClasses().that().resideInAPackage("estrado.preflight..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.present..", "estrado.cli..",
                        "estrado.app..")
                .check(classes);
    }

    @Test
    void theWindowsAndTheCommandLineDoNotUseEachOther() {
        noClasses().that().resideInAPackage("estrado.present..")
                .should().dependOnClassesThat().resideInAPackage("estrado.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("estrado.cli..")
                .should().dependOnClassesThat().resideInAPackage("estrado.present..")
                .check(classes);
    }

    /** The windows use the pen and the zoom, which draw over the slide through present/canvas, never the windows. */
    @Test
    void noCyclesInsideThePresenter() {
        slices().matching("estrado.present.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("estrado.(*)..").should().beFreeOfCycles().check(classes);
    }
}
