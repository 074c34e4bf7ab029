package org.newsfuse.spark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.newsfuse.ArchitectureRules;

/** The Spark job is a thin adapter: it reaches the library only through NewsFuse, render and their API surface. */
class ArchitectureTest {

    @Test
    void theJobUsesOnlyTheFrontDoorAndRender() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsfuse.spark");
        ArchitectureRules.adaptersUseOnlyTheFrontDoor().check(classes);
    }
}
