package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.server.ServerAccount;
import id.sinergi.infoharga.app.server.ServerDeviceInfo;
import id.sinergi.infoharga.app.server.ServerService;
import id.sinergi.infoharga.app.server.ServerStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

/**
 * {@code info-harga server init|add-account|add-reader|status}: the administrator's side of the central PostgreSQL
 * server (DESIGN §10). The server owner's password comes from INFO_HARGA_SERVER_PASSWORD or is asked; it is never
 * kept. No network: one line, exit {@link InfoHargaCommand#EXIT_SERVER_UNREACHABLE}.
 */
@Command(name = "server", subcommands = {ServerCommand.Init.class, ServerCommand.AddAccount.class,
        ServerCommand.AddReader.class, ServerCommand.Status.class})
final class ServerCommand implements Callable<Integer> {
    /** The server owner's password (init, add-account, add-reader) or an account's server password (sync now). */
    static final String PASSWORD_VARIABLE = "INFO_HARGA_SERVER_PASSWORD";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return InfoHargaCommand.EXIT_BAD_INPUT;
    }

    static void print(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    /** The owner's password: from the environment, else asked; none at all (trust on the server) is allowed. */
    static char[] ownerPassword(InfoHargaCommand root, String user) {
        return root.secret(PASSWORD_VARIABLE, root.messages().get("server.password.prompt", user), false);
    }

    @Command(name = "init", sortOptions = false)
    static final class Init implements Callable<Integer> {
        @ParentCommand
        ServerCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--url", required = true, paramLabel = "URL")
        String url;
        @Option(names = "--regency", paramLabel = "KODE", defaultValue = "mojokerto")
        String regency;
        @Option(names = "--regency-name", paramLabel = "NAMA", defaultValue = "Kabupaten Mojokerto")
        String regencyName;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            var actor = root.writerSession();
            String owner = url.contains("user=") ? url.replaceFirst(".*[?&]user=([^&]*).*", "$1") : "postgres";
            ServerService.InitResult r = root.context().server().init(actor, url, ownerPassword(root, owner),
                    regency, regencyName);
            print(spec, root.messages().get("server.init.done", r.regency(), r.serverId(), r.migrations(), r.role(),
                    r.url()));
            return 0;
        }
    }

    @Command(name = "add-account")
    static final class AddAccount implements Callable<Integer> {
        @ParentCommand
        ServerCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--user", required = true, paramLabel = "NAMA")
        String user;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            var actor = root.writerSession();
            ServerService server = root.context().server();
            ServerAccount a = server.addAccount(actor, ownerPassword(root,
                    server.settings().owner().orElse("postgres")), user);
            print(spec, root.messages().get("server.account.done", a.name(), a.role(), a.password(), a.url()));
            return 0;
        }
    }

    @Command(name = "add-reader")
    static final class AddReader implements Callable<Integer> {
        @ParentCommand
        ServerCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--name", required = true, paramLabel = "NAMA")
        String name;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            var actor = root.writerSession();
            ServerService server = root.context().server();
            ServerAccount a = server.addReader(actor, ownerPassword(root,
                    server.settings().owner().orElse("postgres")), name);
            print(spec, root.messages().get("server.reader.done", a.name(), a.role(), a.password()));
            return 0;
        }
    }

    static String status(Messages m, ServerDeviceInfo.Status status) {
        return switch (status) {
            case ACCEPTED -> m.get("server.status.ACCEPTED");
            case PENDING -> m.get("server.status.PENDING");
            case REVOKED -> m.get("server.status.REVOKED");
        };
    }

    @Command(name = "status")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        ServerCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            ServerStatus s = root.context().server().status(root.writerSession());
            print(spec, m.get("server.status.head", s.url(), s.regency(), s.lastSync() == null
                    ? m.get("server.status.never") : TIME.format(s.lastSync()), s.waiting()));
            for (ServerDeviceInfo d : s.devices()) {
                print(spec, m.get("server.status.line", d.id(), d.name(), status(m, d.status()),
                        d.self() ? m.get("server.status.self") : "", d.lastSyncAt() == null
                                ? m.get("server.status.never") : TIME.format(d.lastSyncAt()) + " (" + d.lastSyncUser()
                                + ")", d.served(), d.waiting()));
            }
            return 0;
        }
    }
}
