package org.newsfuse.cli;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.newsfuse.ArchitectureRules;

/** The command line is a thin adapter: it reaches the library only through NewsFuse, render and their API surface. */
class ArchitectureTest {

    @Test
    void cliUsesOnlyTheFrontDoorAndRender() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsfuse");
        ArchitectureRules.adaptersUseOnlyTheFrontDoor().check(classes);
    }

    @Test
    void theRuleCatchesAnAdapterReachingPastTheFrontDoor() {
        JavaClasses trespasser = new ClassFileImporter().importClasses(org.newsfuse.spark.fixture.Trespasser.class);
        assertThrows(AssertionError.class, () -> ArchitectureRules.adaptersUseOnlyTheFrontDoor().check(trespasser));
    }
}
