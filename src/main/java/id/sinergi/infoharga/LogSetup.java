package id.sinergi.infoharga;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The logging set-up, in code instead of a {@code logback.xml}: reading the XML (Joran, an XML parser, some 300
 * classes) cost about 1.7 s of every command's start on a loaded two-core machine (issue 16). Logback finds this
 * class through {@code META-INF/services} before it looks for any file.
 * <p>Everything, including H2's and POI's own messages, goes to a rolling file in the data folder (the launcher
 * sets {@code infoharga.logDir}); people at the console see only warnings and errors of the application itself.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String LOG_DIR_PROPERTY = "infoharga.logDir";

    public LogSetup() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        String dir = System.getProperty(LOG_DIR_PROPERTY,
                Path.of(System.getProperty("java.io.tmpdir"), "sinergi-info-harga-logs").toString());

        // Both appenders are made at their first message: a command that logs nothing (most of them) skips the
        // rolling policy, the file and the two pattern layouts (issue 16).
        Appender<ILoggingEvent> file = new FirstUse<>("FILE", () -> fileAppender(context, dir));
        file.setContext(context);
        file.start();
        Appender<ILoggingEvent> console = new FirstUse<>("STDERR", () -> consoleAppender(context));
        console.setContext(context);
        console.start();

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
        // Their own messages only to the file: POI warns about every damaged file it is handed, and the import
        // already tells the user in plain words.
        fileOnly(context, "h2database", Level.WARN, file);
        fileOnly(context, "org.flywaydb", Level.INFO, file);
        fileOnly(context, "org.apache.poi", Level.INFO, file);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(Path.of(dir, "info-harga.log").toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(Path.of(dir, "info-harga.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n"));
        file.start();
        return file;
    }

    private static ConsoleAppender<ILoggingEvent> consoleAppender(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDERR");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setContext(context);
        warnings.setLevel("WARN");
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, "%d{HH:mm:ss} %-5level %logger{24} - %msg%n"));
        console.start();
        return console;
    }

    /** An appender made by {@code make} when its first message comes, and stopped with the logging. */
    private static final class FirstUse<E> extends AppenderBase<E> {
        private final Supplier<Appender<E>> make;
        private Appender<E> made;

        FirstUse(String name, Supplier<Appender<E>> make) {
            this.make = make;
            setName(name);
        }

        @Override
        protected void append(E event) {
            // AppenderBase.doAppend holds this appender's lock: one thread makes it.
            if (made == null) {
                made = make.get();
            }
            made.doAppend(event);
        }

        @Override
        public synchronized void stop() {
            if (made != null) {
                made.stop();
            }
            super.stop();
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    private static void fileOnly(LoggerContext context, String name, Level level, Appender<ILoggingEvent> file) {
        Logger logger = context.getLogger(name);
        logger.setLevel(level);
        logger.setAdditive(false);
        logger.addAppender(file);
    }
}
