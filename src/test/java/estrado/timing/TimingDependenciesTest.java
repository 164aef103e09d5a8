package estrado.timing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** timing is pure logic below the views and beside the deck model: it must stay importable from anywhere. */
class TimingDependenciesTest {

    private final JavaClasses timing = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("estrado.timing");

    @Test
    void noJavaFxAndNoOtherEstradoPackage() {
        noClasses().that().resideInAPackage("estrado.timing..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "estrado.deck..", "estrado.present..",
                        "estrado.render..", "estrado.app..", "estrado.cli..")
                .check(timing);
    }
}
