package id.sinergi.infoharga;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN §2: ui → app → domain ← store. */
@AnalyzeClasses(packages = "id.sinergi.infoharga", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..infoharga.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.jdbi..",
                    "org.h2..", "org.flywaydb..", "picocli..", "org.apache.poi..")
            .because("the domain is plain records and functions");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses().that().resideInAPackage("..infoharga.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..infoharga.app..", "..infoharga.store..",
                    "..infoharga.ui..", "..infoharga.cli..", "..infoharga.report..", "..infoharga.exchange..");

    @ArchTest
    static final ArchRule onlyStoreKnowsJdbi = noClasses().that().resideOutsideOfPackage("..infoharga.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..", "org.flywaydb..")
            .because("SQL and the database live only in the store");

    @ArchTest
    static final ArchRule nothingButStoreUsesJdbc = noClasses().that().resideOutsideOfPackage("..infoharga.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule uiNeverTouchesStore = noClasses().that().resideInAPackage("..infoharga.ui..")
            .should().dependOnClassesThat().resideInAPackage("..infoharga.store..");

    @ArchTest
    static final ArchRule storeDoesNotKnowTheLayersAbove = noClasses().that().resideInAPackage("..infoharga.store..")
            .should().dependOnClassesThat().resideInAnyPackage("..infoharga.app..", "..infoharga.ui..",
                    "..infoharga.cli..", "javafx..");

    @ArchTest
    static final ArchRule appKnowsNoJavaFx = noClasses().that().resideInAnyPackage("..infoharga.app..",
                    "..infoharga.report..", "..infoharga.exchange..", "..infoharga.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule viewModelsImportNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("view models hold state and commands, views hold nodes").allowEmptyShould(true);
}
