package estrado;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md's dependency rule, enforced: app → cli, present, export → render → widgets, deck, bib, timing. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("estrado");
    }

    @Test
    void modelAndLogicNeverTouchJavaFx() {
        noClasses().that().resideInAnyPackage("estrado.deck..", "estrado.bib..", "estrado.timing..",
                        "estrado.widgets.calc..", "estrado.i18n..", "estrado.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
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

    @Test
    void noCyclesBetweenFeatures() {
        slices().matching("estrado.(*)..").should().beFreeOfCycles().check(classes);
    }
}
