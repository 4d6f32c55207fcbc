package id.sinergi.infoharga.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the application's main class in a separate JVM, as a user's second process would. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public record Result(int exitCode, String out, String err) {
    }

    public static Process start(String mainClass, List<String> args) throws IOException {
        return start(mainClass, List.of(), args);
    }

    /** Starts {@code mainClass} with extra JVM options (e.g. a quicker start for tests that start many). */
    public static Process start(String mainClass, List<String> jvmOptions, List<String> args) throws IOException {
        return start(java.util.Map.of(), mainClass, jvmOptions, args);
    }

    /** With extra environment variables (an account's name and password). */
    public static Process start(java.util.Map<String, String> env, String mainClass, List<String> jvmOptions,
                                List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        return builder.start();
    }

    public static Result run(String mainClass, String... args) throws IOException, InterruptedException {
        return run(java.util.Map.of(), mainClass, args);
    }

    public static Result run(java.util.Map<String, String> env, String mainClass, String... args)
            throws IOException, InterruptedException {
        Process p = start(env, mainClass, List.of(), List.of(args));
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }
}
