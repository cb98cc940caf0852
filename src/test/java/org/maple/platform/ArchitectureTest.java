package org.maple.platform;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of STYLE.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.maple", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.maple.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesDependOnNoBoundaryControlOrWeb = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..", "..web..");

    @ArchTest
    static final ArchRule controlDependsOnNoBoundaryOrWeb = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..");

    @ArchTest
    static final ArchRule boundaryDependsOnNoWeb = noClasses().that().resideInAPackage("..boundary..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..");

    @ArchTest
    static final ArchRule courseUsesOnlyIdentitysBoundaryAndEntities = noClasses().that().resideInAPackage("org.maple.course..")
            .should().dependOnClassesThat().resideInAnyPackage("org.maple.identity.control..", "org.maple.identity.web..");

    @ArchTest
    static final ArchRule identityDependsOnNoHigherFeature = noClasses().that().resideInAPackage("org.maple.identity..")
            .should().dependOnClassesThat().resideInAnyPackage("org.maple.course..", "org.maple.quiz..",
                    "org.maple.competency..", "org.maple.certificate..", "org.maple.practice..");

    @ArchTest
    static final ArchRule noFeatureDependsOnAuthoring = noClasses().that().resideOutsideOfPackage("org.maple.authoring..")
            .should().dependOnClassesThat().resideInAPackage("org.maple.authoring..");

    @ArchTest
    static final ArchRule webBeansNeverTouchTheEntityManager = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");
}
