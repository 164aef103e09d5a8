package estrado.widgets;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** render → widgets, never upward: the registry and views know the deck model, not who draws or presents them. */
class WidgetsDependenciesTest {

    private final JavaClasses widgets = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("estrado.widgets");

    @Test
    void widgetsDoNotDependOnTheLayersAboveThem() {
        noClasses().that().resideInAPackage("estrado.widgets..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.render..", "estrado.present..",
                        "estrado.export..", "estrado.cli..", "estrado.app..")
                .check(widgets);
    }

    @Test
    void calculatorsKnowNeitherJavaFxNorTheDeck() {
        noClasses().that().resideInAPackage("estrado.widgets.calc..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "estrado.deck..", "estrado.widgets.view..")
                .check(widgets);
    }
}
