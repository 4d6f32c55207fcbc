import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds the native package of the platform it runs on, with the JDK's own jlink and jpackage (run by
 * {@code ./mvnw -Pinstaller verify}, which first builds {@code target/info-harga.jar} and {@code target/lib/}):
 * <ol>
 * <li>a runtime of the JDK modules the app needs ({@code jlink}): users need no Java;</li>
 * <li>the app-image: that runtime, the jars (JavaFX among them, on the class path as in {@code java -jar}), two
 * launchers (the window, and {@code info-harga} for the command line), the JVM options;</li>
 * <li>what the launchers map at start instead of reading, parsing and verifying classes, made with the app-image's
 * own JVM from training runs of the app-image itself (the desktop under Monocle, without a display): with a JDK 25+
 * one ahead-of-time cache per launcher (classes loaded and linked, method profiles), with JDK 21–24 one static
 * AppCDS archive for both;</li>
 * <li>unless {@code --type=app-image}: the .deb (Linux), .msi (Windows) or .dmg (macOS) from that app-image.</li>
 * </ol>
 * Usage: {@code java installer/Package.java --version=0.1.0 --type=native|app-image --target=target}
 */
public final class Package {
    static final String NAME = "Sinergi Smart Info Harga";
    static final String PACKAGE_NAME = "sinergi-info-harga";
    static final String CLI_LAUNCHER = "info-harga";
    static final String VENDOR = "Sinergi Smart";
    static final String DESCRIPTION = "Pemantauan harga bahan pokok Kabupaten Mojokerto";
    static final String MAIN_CLASS = "id.sinergi.infoharga.Launcher";
    static final String ARCHIVE = "info-harga.jsa";
    /** JDK 25+: the window's ahead-of-time cache, and the command line's (each trained by its own run). */
    static final String DESKTOP_CACHE = "info-harga.aot";
    static final String CLI_CACHE = "info-harga-cli.aot";
    /** The command line's training run: admin create, a small demo, markets, a weekly report to .xlsx. */
    static final String CLI_TRAINING_CLASS = "id.sinergi.infoharga.CliTraining";
    /** The time every archived file carries (2000-01-01T00:00:00Z, 946684800): see makeClassDataArchive. */
    static final java.nio.file.attribute.FileTime FIXED_TIME = java.nio.file.attribute.FileTime.fromMillis(
            946_684_800_000L);
    /** Windows finds an installed older version by this code and replaces it (never change it). */
    static final String WINDOWS_UPGRADE_UUID = "6f1d3c2e-5b8a-4f0e-9c7d-2a41b6e9d0c3";
    /**
     * What {@code jdeps --print-module-deps --ignore-missing-deps --multi-release 21} found in the app's jars (their
     * module-info removed: TilesFX's names javafx.web, which is left out), plus what no static analysis sees: the
     * Indonesian locale data, the extra charsets, zip file systems. Re-check after adding a library.
     * <p>Not jdk.jfr, which jdeps lists: Jdbi registers its flight-recorder event whenever that module is present,
     * and the registration cost every start 0.4 s of CPU and 136 classes (issue 16: {@code markets} on the regency
     * folder, jlinked runtimes with and without it, median of 5 at load 12: 3.34 → 2.91 s CPU). Jdbi and JavaFX
     * both look for the module before they use it, and run without it (checked: {@code markets}, the log-in form).
     */
    static final List<String> MODULES = List.of("java.base", "java.compiler", "java.instrument", "java.management",
            "java.naming", "java.scripting", "java.security.jgss", "java.sql", "java.xml.crypto",
            "jdk.net", "jdk.unsupported", "jdk.unsupported.desktop", "java.desktop", "java.logging", "java.xml",
            "jdk.localedata", "jdk.charsets", "jdk.zipfs", "jdk.crypto.ec");

    private final String version;
    private final String type;
    private final Path target;
    private final Path work;
    private final Path jdkBin = Path.of(System.getProperty("java.home"), "bin");
    private final Os os = Os.current();

    enum Os {
        LINUX, WINDOWS, MACOS;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MACOS : LINUX;
        }
    }

    Package(String version, String type, Path target) {
        this.version = version;
        this.type = type;
        this.target = target;
        this.work = target.resolve("installer");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String version = options.get("version").replace("-SNAPSHOT", "");
        new Package(version, options.getOrDefault("type", "native"), Path.of(options.getOrDefault("target",
                "target"))).build();
    }

    void build() throws Exception {
        long start = System.nanoTime();
        Path jar = target.resolve("info-harga.jar");
        if (!Files.exists(jar) || !Files.isDirectory(target.resolve("lib"))) {
            throw new IllegalStateException(jar + " or " + target.resolve("lib") + " is missing: run ./mvnw package");
        }
        deleteTree(work);
        Path input = work.resolve("input");
        Files.createDirectories(input.resolve("lib"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        try (Stream<Path> libs = Files.list(target.resolve("lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
            }
        }
        // Monocle lets the build's training run start the desktop without a display. It must be on the app's
        // class path at run time too (CDS maps an archive only for the class path it was made with); unused there.
        try (Stream<Path> training = Files.list(target.resolve("installer-training"))) {
            for (Path lib : training.toList()) {
                Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
            }
        }

        Path runtime = work.resolve("runtime");
        List<String> modules = MODULES.stream().filter(m -> ModuleFinder.ofSystem().find(m).isPresent()).toList();
        run(tool("jlink"), "--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--include-locales=en,id", "--compress=zip-6", "--output", runtime.toString());

        Path images = work.resolve("image");
        List<String> image = new ArrayList<>(List.of(tool("jpackage"), "--type", "app-image",
                "--dest", images.toString(), "--input", input.toString(),
                "--main-jar", jar.getFileName().toString(), "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon().toString(),
                "--add-launcher", CLI_LAUNCHER + "=" + cliLauncherProperties()));
        image.addAll(identity());
        for (String option : javaOptions(DESKTOP_CACHE)) {
            image.add("--java-options");
            image.add(option);
        }
        if (os == Os.MACOS) {
            image.addAll(List.of("--mac-package-identifier", "id.sinergi.infoharga"));
        }
        run(image);
        Path appImage = images.resolve(os == Os.MACOS ? NAME + ".app" : NAME);
        long archiveBytes = aotCache() ? makeAotCaches(appImage) : makeClassDataArchive(appImage);
        if (os == Os.LINUX) {
            linuxMenuEntry(appImage);
        }
        System.out.printf("app-image %s (%d MB, %s %d MB) in %d s%n", appImage, size(appImage) >> 20,
                aotCache() ? "AOT caches" : "CDS archive", archiveBytes >> 20,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));

        if (!type.equals("app-image")) {
            Path packages = work.resolve("packages");
            List<String> pack = new ArrayList<>(List.of(tool("jpackage"), "--dest", packages.toString(),
                    "--app-image", appImage.toString(), "--license-file", "LICENSE"));
            pack.addAll(identity());
            pack.addAll(switch (os) {
                case LINUX -> linuxPackage();
                case WINDOWS -> List.of("--type", "msi", "--icon", icon().toString(), "--win-menu",
                        "--win-menu-group", NAME, "--win-shortcut", "--win-dir-chooser", "--win-per-user-install",
                        "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID);
                case MACOS -> List.of("--type", "dmg", "--icon", icon().toString(),
                        "--mac-package-identifier", "id.sinergi.infoharga");
            });
            run(pack);
            try (Stream<Path> built = Files.list(packages)) {
                for (Path p : built.toList()) {
                    System.out.printf("package %s (%d MB)%n", p, Files.size(p) >> 20);
                }
            }
        }
        System.out.printf("installer built in %d s%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
    }

    private List<String> identity() {
        return List.of("--name", NAME, "--app-version", version, "--vendor", VENDOR,
                "--copyright", "Copyright 2025 " + VENDOR + ". Apache License 2.0", "--description", DESCRIPTION);
    }

    private List<String> linuxPackage() {
        for (String tool : List.of("fakeroot", "dpkg-deb")) {
            if (!onPath(tool)) {
                throw new IllegalStateException(tool + " is missing for the .deb: run installer/linux/prepare-build.sh"
                        + " as root (or build only the app-image with -Dinstaller.type=app-image)");
            }
        }
        // No --linux-shortcut: jpackage 25 then also lists the command-line launcher in the menu, and its
        // xdg-desktop-menu call fails the install where the system has no XDG menu folders. The postinst installs
        // the menu entry written by linuxMenuEntry instead.
        return List.of("--type", "deb", "--resource-dir", "installer/linux",
                "--linux-package-name", PACKAGE_NAME, "--linux-deb-maintainer", "info-harga@sinergi.id",
                "--linux-app-category", "misc", "--linux-package-deps", "libgtk-3-0");
    }

    /**
     * The menu entry and its icon, put into the app-image's lib/ for the .deb's postinst (installer/linux): the
     * installed paths, since the .deb installs into /opt/PACKAGE_NAME.
     */
    private void linuxMenuEntry(Path appImage) throws IOException {
        Path lib = appImage.resolve("lib");
        Files.copy(icon(), lib.resolve(PACKAGE_NAME + ".png"));
        String installed = "/opt/" + PACKAGE_NAME;
        Files.writeString(lib.resolve(PACKAGE_NAME + ".desktop"), String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Name=" + NAME,
                "GenericName=Pemantauan harga bahan pokok",
                "GenericName[en]=Staple food price monitoring",
                "Comment=" + DESCRIPTION,
                "Comment[en]=Staple food prices of Kabupaten Mojokerto",
                "Exec=\"" + installed + "/bin/" + NAME + "\"",
                "Icon=" + installed + "/lib/" + PACKAGE_NAME + ".png",
                "Terminal=false",
                "Categories=Office;",
                "Keywords=harga;pasar;bapok;TPID;prices;market;",
                ""), StandardCharsets.UTF_8);
    }

    private Path icon() {
        return Path.of("installer", "icons", switch (os) {
            case LINUX -> "info-harga.png";
            case WINDOWS -> "info-harga.ico";
            case MACOS -> "info-harga.icns";
        });
    }

    /**
     * JDK 25+ (JEP 483, 515): each launcher gets an ahead-of-time cache instead of the static class-data archive. It
     * holds the classes already loaded AND linked, and the profiles of the methods the training ran, so the JIT
     * compiles the hot ones at once instead of interpreting them first: after the static archive, running not yet
     * compiled code was what a start spent its time on (issue 16). Older JDKs get the static archive.
     */
    static boolean aotCache() {
        // -Dinstaller.staticCds=true (before installer/Package.java): the JDK 21-24 way on a newer JDK, to check it.
        return Runtime.version().feature() >= 25 && !Boolean.getBoolean("installer.staticCds");
    }

    /**
     * The command-line launcher's properties (installer/info-harga-cli.properties) plus its JVM options: its own
     * cache where there are two, otherwise the same options as the window's.
     */
    private Path cliLauncherProperties() throws IOException {
        Path properties = work.resolve(CLI_LAUNCHER + ".properties");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("installer", "info-harga-cli.properties"),
                StandardCharsets.UTF_8));
        lines.add("java-options=" + String.join(" ", javaOptions(CLI_CACHE)));
        Files.write(properties, lines, StandardCharsets.UTF_8);
        return properties;
    }

    /**
     * The JVM options of a launcher; {@code $APPDIR} is the launcher's own app folder. {@code cache} is the file
     * name of its ahead-of-time cache (JDK 25+; before that both map the one static archive).
     */
    private static List<String> javaOptions(String cache) {
        // -Xlog:cds=off, -Xlog:aot=off: should the archive not fit (a file changed by hand), the JVM starts without
        // it, and the user's terminal is spared its error lines.
        List<String> options = new ArrayList<>(List.of("-Xmx512m", "--enable-native-access=ALL-UNNAMED"));
        if (aotCache()) {
            options.addAll(List.of("-XX:AOTCache=$APPDIR/" + cache, "-Xlog:cds=off", "-Xlog:aot=off"));
        } else {
            options.addAll(List.of("-XX:SharedArchiveFile=$APPDIR/" + ARCHIVE, "-Xshare:auto", "-Xlog:cds=off"));
            if (Runtime.version().feature() >= 25) {
                options.add("-Xlog:aot=off");
            }
        }
        if (Runtime.version().feature() >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /** The options of a training run: the launchers' own, without the archive or cache they will map. */
    private static List<String> trainingOptions() {
        return javaOptions(CLI_CACHE).stream().filter(o -> !o.contains("Share") && !o.contains("AOTCache")
                && !o.startsWith("-Xlog")).toList();
    }

    private Path javaOf(Path appImage) {
        return switch (os) {
            case LINUX -> appImage.resolve("lib/runtime/bin/java");
            case WINDOWS -> appImage.resolve("runtime/bin/java.exe");
            case MACOS -> appImage.resolve("Contents/runtime/Contents/Home/bin/java");
        };
    }

    private Path appDirOf(Path appImage) {
        return switch (os) {
            case LINUX -> appImage.resolve("lib/app");
            case WINDOWS -> appImage.resolve("app");
            case MACOS -> appImage.resolve("Contents/app");
        };
    }

    private Path cliLauncherOf(Path appImage) {
        return switch (os) {
            case LINUX -> appImage.resolve("bin/" + CLI_LAUNCHER);
            case WINDOWS -> appImage.resolve(CLI_LAUNCHER + ".exe");
            case MACOS -> appImage.resolve("Contents/MacOS/" + CLI_LAUNCHER);
        };
    }

    /** The window's training: the desktop up to its log-in form, under Monocle (no display needed). */
    private static List<String> desktopTraining(Path data) {
        return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dinfoharga.cdsTraining=true", MAIN_CLASS, "--data-dir", data.toString());
    }

    /**
     * JDK 25+: one ahead-of-time cache per launcher, each recorded from one training run of the app-image's own JVM
     * ({@code -XX:AOTCacheOutput}: the JVM records the run and writes the cache as it exits). The command line's
     * run is {@link #CLI_TRAINING_CLASS} (several commands in one process, since a cache comes from one run), the
     * window's the desktop up to its log-in form after that run made an account. Each launcher is then run once
     * with {@code -XX:AOTMode=on}, with which the JVM refuses to start unless it maps its cache.
     */
    private long makeAotCaches(Path appImage) throws IOException, InterruptedException {
        Path appDir = appDirOf(appImage);
        // Like the static archive, a cache is used only while every jar and the runtime's modules file keep the size
        // and time they had when it was made (see makeClassDataArchive).
        for (Path file : archivedFiles(appImage, appDir)) {
            Files.setLastModifiedTime(file, FIXED_TIME);
        }
        Path aot = work.resolve("aot");
        Path data = aot.resolve("data");
        Files.createDirectories(aot);
        List<String> base = new ArrayList<>(List.of(javaOf(appImage).toString()));
        base.addAll(trainingOptions());
        base.addAll(List.of("-cp", classPath(appDir)));
        Map<String, String> env = Map.of("INFO_HARGA_PASSWORD", "Latihan-Arsip-CDS-1", "INFO_HARGA_USER", "latihan");
        long bytes = 0;
        for (Map.Entry<String, List<String>> training : List.of(
                Map.entry(CLI_CACHE, List.of(CLI_TRAINING_CLASS, data.toString())),
                Map.entry(DESKTOP_CACHE, desktopTraining(data)))) {
            Path cache = appDir.resolve(training.getKey());
            List<String> command = new ArrayList<>(base);
            // -Xlog: picocli is Java 5 bytecode, which the cache cannot keep linked: warnings that say only that.
            command.addAll(List.of("-XX:AOTCacheOutput=" + cache, "-Xlog:cds=error", "-Xlog:aot=error"));
            command.addAll(training.getValue());
            run(command, env);
            bytes += Files.size(cache);
        }
        // _JAVA_OPTIONS comes after the launchers' own options, so AOTMode=on is not overridden: exit 1 without it.
        // (The window's launcher answers --version too; on Windows it has no console, so only the other is run.)
        List<Path> launchers = new ArrayList<>(List.of(cliLauncherOf(appImage)));
        if (os != Os.WINDOWS) {
            launchers.add(cliLauncherOf(appImage).resolveSibling(NAME));
        }
        for (Path launcher : launchers) {
            run(List.of(launcher.toString(), "--version"), Map.of("_JAVA_OPTIONS", "-XX:AOTMode=on"));
        }
        return bytes;
    }

    /**
     * Records the classes that start-up loads and dumps them, with the app-image's own JVM, into the static archive
     * that the launchers name: the command line ({@code admin create}, then {@code markets} as that account, as a
     * user's first commands) and the desktop up to its log-in form (under Monocle, which needs no display).
     */
    private long makeClassDataArchive(Path appImage) throws IOException, InterruptedException {
        Path java = javaOf(appImage);
        Path appDir = appDirOf(appImage);
        // CDS maps the archive only if every jar (and the runtime's modules file) has the size and time it had
        // at dump time. Packaging and installing copy the files with new times, so they all get one fixed time
        // here, and the .deb's postinst sets it again (installer/linux/postinst).
        for (Path file : archivedFiles(appImage, appDir)) {
            Files.setLastModifiedTime(file, FIXED_TIME);
        }
        String classPath = classPath(appDir);
        Path cds = work.resolve("cds");
        Path data = cds.resolve("data");
        Files.createDirectories(cds);
        List<String> base = new ArrayList<>(List.of(java.toString()));
        base.addAll(trainingOptions());
        base.addAll(List.of("-cp", classPath));

        Map<String, String> env = Map.of("INFO_HARGA_PASSWORD", "Latihan-Arsip-CDS-1", "INFO_HARGA_USER", "latihan");
        List<Path> lists = new ArrayList<>();
        List<List<String>> trainings = List.of(
                List.of(MAIN_CLASS, "--data-dir", data.toString(), "admin", "create", "--user", "latihan"),
                List.of(MAIN_CLASS, "--data-dir", data.toString(), "markets"),
                desktopTraining(data));
        for (int i = 0; i < trainings.size(); i++) {
            Path list = cds.resolve("training-" + i + ".classlist");
            List<String> command = new ArrayList<>(base);
            command.add("-XX:DumpLoadedClassList=" + list);
            command.addAll(trainings.get(i));
            run(command, env);
            lists.add(list);
        }
        Path merged = cds.resolve("all.classlist");
        Files.write(merged, mergedClassList(lists), StandardCharsets.UTF_8);
        Path archive = appDir.resolve(ARCHIVE);
        List<String> dump = new ArrayList<>(base);
        // -Xlog: picocli is Java 5 bytecode, which CDS cannot keep once linked: hundreds of warnings that say only
        // that.
        dump.addAll(List.of("-Xshare:dump", "-Xlog:cds=error", "-XX:SharedClassListFile=" + merged,
                "-XX:SharedArchiveFile=" + archive));
        if (Runtime.version().feature() >= 25) {
            dump.add("-Xlog:aot=error");
        }
        run(dump, Map.of());
        // The launcher must map it: -Xshare:on makes the JVM refuse to start otherwise (_JAVA_OPTIONS: after the
        // launcher's own -Xshare:auto, which JAVA_TOOL_OPTIONS would come before).
        run(List.of(cliLauncherOf(appImage).toString(), "--version"), Map.of("_JAVA_OPTIONS", "-Xshare:on"));
        return Files.size(archive);
    }

    /** The files whose size and time the archive records: the app's jars and the runtime's modules file. */
    private List<Path> archivedFiles(Path appImage, Path appDir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(appDir)) {
            all.filter(p -> p.toString().endsWith(".jar")).forEach(files::add);
        }
        Path runtime = switch (os) {
            case LINUX -> appImage.resolve("lib/runtime");
            case WINDOWS -> appImage.resolve("runtime");
            case MACOS -> appImage.resolve("Contents/runtime/Contents/Home");
        };
        files.add(runtime.resolve("lib/modules"));
        return files;
    }

    /** The class path the launchers give the JVM, from the app-image's .cfg ({@code app.classpath} lines). */
    private static String classPath(Path appDir) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(appDir.resolve(NAME + ".cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                String value = line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString());
                for (String entry : value.split(java.io.File.pathSeparator)) {
                    if (!entry.isBlank()) {
                        entries.add(entry);
                    }
                }
            }
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("no app.classpath in " + appDir.resolve(NAME + ".cfg"));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * One class list from several: each class once, without the ids that tie a line to its own list (those matter
     * only for classes of custom class loaders, which this app does not have); lambda lines kept once each.
     */
    static List<String> mergedClassList(List<Path> lists) throws IOException {
        Set<String> lines = new LinkedHashSet<>();
        for (Path list : lists) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.contains(" source:")) {
                    continue;
                }
                lines.add(line.replaceFirst(" id: \\d+$", ""));
            }
        }
        return new ArrayList<>(lines);
    }

    private String tool(String name) {
        return jdkBin.resolve(os == Os.WINDOWS ? name + ".exe" : name).toString();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        run(List.of(command), Map.of());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        run(command, Map.of());
    }

    private static void run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        System.out.println("> " + String.join(" ", command));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command.get(0));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + String.join(" ", command));
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
