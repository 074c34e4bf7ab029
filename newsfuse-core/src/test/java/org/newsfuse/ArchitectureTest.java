package org.newsfuse;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** A stage imports only the stages upstream of it: ingest, clean, analyze, group, summarize, compare, render. */
class ArchitectureTest {

    @Test
    void stagesDependOnlyOnUpstreamStages() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsfuse");
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("front door").definedBy("org.newsfuse")
                .layer("render").definedBy("org.newsfuse.render..")
                .layer("compare").definedBy("org.newsfuse.compare..")
                .layer("summarize").definedBy("org.newsfuse.summarize..")
                .layer("group").definedBy("org.newsfuse.group..")
                .layer("analyze").definedBy("org.newsfuse.analyze..")
                .layer("clean").definedBy("org.newsfuse.clean..")
                .layer("ingest").definedBy("org.newsfuse.ingest..")
                .layer("base").definedBy("org.newsfuse.base..")
                .whereLayer("front door").mayNotBeAccessedByAnyLayer()
                .whereLayer("render").mayOnlyBeAccessedByLayers("front door")
                .whereLayer("compare").mayOnlyBeAccessedByLayers("front door", "render")
                .whereLayer("summarize").mayOnlyBeAccessedByLayers("front door", "render", "compare")
                .whereLayer("group").mayOnlyBeAccessedByLayers("front door", "render", "compare", "summarize")
                .whereLayer("analyze").mayOnlyBeAccessedByLayers("front door", "render", "compare", "summarize", "group")
                .whereLayer("clean").mayOnlyBeAccessedByLayers("front door", "render", "compare", "summarize", "group", "analyze")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("front door", "render", "compare", "summarize", "group", "analyze", "clean")
                .withOptionalLayers(true)
                .check(classes);
    }
}
