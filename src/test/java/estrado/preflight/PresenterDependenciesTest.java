package estrado.preflight;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The presenter's packages keep the dependency direction app → cli, present → preflight, plan → deck, timing:
 * the adapters below never reach up to the windows or the command line, and the windows never into the CLI.
 */
class PresenterDependenciesTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("estrado");

    @Test
    void thePlanAdapterKnowsOnlyTheDeckAndTiming() {
        noClasses().that().resideInAPackage("estrado.plan..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "estrado.present..", "estrado.cli..",
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
    void theWindowsDoNotUseTheCommandLine() {
        noClasses().that().resideInAPackage("estrado.present..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.cli..", "estrado.app..")
                .check(classes);
        noClasses().that().resideInAPackage("estrado.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("estrado.present..", "estrado.app..")
                .check(classes);
    }
}
