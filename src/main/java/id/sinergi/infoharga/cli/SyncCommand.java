package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.WorkProgress;
import id.sinergi.infoharga.app.server.ServerService;
import id.sinergi.infoharga.app.server.ServerUnreachableException;
import id.sinergi.infoharga.app.server.SyncResult;
import id.sinergi.infoharga.app.sync.ConflictInfo;
import id.sinergi.infoharga.app.sync.DeviceInfo;
import id.sinergi.infoharga.app.sync.ExportResult;
import id.sinergi.infoharga.app.sync.PackageRefusedException;
import id.sinergi.infoharga.app.sync.ReceiveResult;
import id.sinergi.infoharga.app.sync.SyncService;
import id.sinergi.infoharga.domain.sync.ChangeId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code info-harga sync export|import|devices|accept|revoke|conflicts|rename|now}: exchange packages between
 * devices, and sync with the central server (DESIGN §10). A refused package exits 2 with nothing applied; a server
 * that cannot be reached exits 5 with nothing changed.
 */
@Command(name = "sync", subcommands = {SyncCommand.Export.class, SyncCommand.Import.class, SyncCommand.Devices.class,
                SyncCommand.Accept.class, SyncCommand.Revoke.class, SyncCommand.Conflicts.class,
                SyncCommand.Rename.class, SyncCommand.Now.class})
final class SyncCommand implements Callable<Integer> {
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

    private static void print(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    @Command(name = "export", sortOptions = false)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;
        @ArgGroup(exclusive = true)
        Target target;
        @Option(names = "--force")
        boolean force;

        static final class Target {
            @Option(names = "--to", paramLabel = "PERANGKAT")
            String to;
            @Option(names = "--all")
            boolean all;
        }

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            ExportResult r = root.context().sync().export(root.writerSession(), out,
                    target == null ? null : target.to, target != null && target.all, force, WorkProgress.NONE);
            print(spec, m.get("sync.export.done", r.changes(), r.file().toAbsolutePath(), r.bytes() / 1024,
                    r.toName() == null ? m.get("sync.export.anyone") : r.toName()));
            return 0;
        }
    }

    @Command(name = "import")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "file")
        List<Path> files;
        @Option(names = "--trust", paramLabel = "SIDIK-JARI")
        String trust;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            SyncService sync = root.context().sync();
            List<Path> packages = sync.packagesIn(files);
            if (packages.isEmpty()) {
                print(spec, m.get("sync.import.none"));
                return InfoHargaCommand.EXIT_BAD_INPUT;
            }
            int exit = 0;
            for (Path file : packages) {
                try {
                    ReceiveResult r;
                    if (root.context().accounts().setupMode()) {
                        if (trust == null) {
                            var sender = sync.inspect(file);
                            print(spec, m.get("sync.start.ask", file.getFileName(), sender.deviceName(),
                                    sender.deviceId(), sender.fingerprint(), sender.user()));
                            return InfoHargaCommand.EXIT_BAD_INPUT;
                        }
                        r = sync.startFrom(file, trust, WorkProgress.NONE);
                    } else {
                        r = sync.receive(root.writerSession(), file, WorkProgress.NONE);
                    }
                    print(spec, m.get("sync.import.done", file.getFileName(), r.sender().deviceName(),
                            r.sender().user(), r.changes(), r.fresh(), r.known(), r.conflicts()));
                } catch (PackageRefusedException e) {
                    spec.commandLine().getErr().println(m.get("sync.import.refused", file.getFileName(),
                            e.getMessage()));
                    spec.commandLine().getErr().flush();
                    exit = InfoHargaCommand.EXIT_BAD_INPUT;
                }
            }
            return exit;
        }
    }

    @Command(name = "devices")
    static final class Devices implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            List<DeviceInfo> devices = root.context().sync().devices(root.writerSession());
            for (DeviceInfo d : devices) {
                String last = d.lastPackageAt() == null ? "-" : m.get("sync.devices.last", TIME.format(
                        d.lastPackageAt()), d.lastPackageUser(), d.lastPackageSize(), d.lastPackageNew());
                print(spec, m.get("sync.devices.line", d.id(), d.name(), m.get("sync.status." + d.status().name()),
                        d.relay() ? m.get("sync.devices.office") : "", d.fingerprint(), d.held(),
                        d.status() == DeviceInfo.Status.SELF ? "-" : String.valueOf(d.unsent()), last));
            }
            return 0;
        }
    }

    @Command(name = "rename")
    static final class Rename implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAMA", arity = "1..*", descriptionKey = "name")
        List<String> name;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            var me = root.context().sync().rename(root.writerSession(), String.join(" ", name));
            print(spec, root.messages().get("sync.rename.done", me.name(), me.id(), me.fingerprint()));
            return 0;
        }
    }

    @Command(name = "accept")
    static final class Accept implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PERANGKAT", descriptionKey = "device")
        String device;
        @Option(names = "--relay", negatable = true)
        Boolean relay;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            var actor = root.writerSession();
            ServerService server = root.context().server();
            boolean onServer = false;
            if (server.configured()) {
                // The same device may wait on the central server and here (its package): accepted in both places.
                try {
                    var d = server.accept(actor, device);
                    if (d.isPresent()) {
                        onServer = true;
                        print(spec, root.messages().get("server.accepted", d.get().name(), d.get().id()));
                    }
                } catch (ServerUnreachableException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    spec.commandLine().getErr().flush();
                }
            }
            DeviceInfo d;
            try {
                d = root.context().sync().accept(actor, device, relay);
            } catch (id.sinergi.infoharga.app.UserInputException e) {
                if (onServer) {
                    return 0;
                }
                throw e;
            }
            print(spec, root.messages().get("sync.device.accepted", d.name(), d.id(), d.fingerprint(),
                    d.relay() ? root.messages().get("sync.devices.office") : ""));
            return 0;
        }
    }

    @Command(name = "now")
    static final class Now implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--url", paramLabel = "URL")
        String url;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            var actor = root.writerSession();
            ServerService server = root.context().server();
            char[] password = root.given(ServerCommand.PASSWORD_VARIABLE).orElse(null);
            if (password == null && !server.settings().hasPassword(actor.username())) {
                password = root.secret(ServerCommand.PASSWORD_VARIABLE, m.get("server.password.prompt",
                        actor.username()), false);
            }
            SyncResult r = server.sync(actor, url, password, WorkProgress.NONE);
            if (r.pending()) {
                print(spec, m.get("server.sync.pending", r.waiting(), root.context().device().identity().id()));
                return 0;
            }
            print(spec, m.get("server.sync.done", r.pushed(), r.pulledNew(), r.known(), r.conflicts()));
            if (r.heldBack() > 0) {
                print(spec, m.get("server.sync.heldBack", r.heldBack()));
            }
            return 0;
        }
    }

    @Command(name = "revoke")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "PERANGKAT", descriptionKey = "device")
        String device;

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            DeviceInfo d = root.context().sync().revoke(root.writerSession(), device);
            print(spec, root.messages().get("sync.device.revoked", d.name(), d.id()));
            return 0;
        }
    }

    @Command(name = "conflicts")
    static final class Conflicts implements Callable<Integer> {
        @ParentCommand
        SyncCommand parent;
        @Spec
        CommandSpec spec;
        @ArgGroup(exclusive = true)
        Decision decision;

        static final class Decision {
            @Option(names = "--confirm", paramLabel = "ID")
            String confirm;
            @Option(names = "--reverse", paramLabel = "ID")
            String reverse;
        }

        @Override
        public Integer call() {
            InfoHargaCommand root = parent.root;
            Messages m = root.messages();
            SyncService sync = root.context().sync();
            if (decision != null) {
                String id = decision.confirm != null ? decision.confirm : decision.reverse;
                ChangeId lost;
                try {
                    lost = ChangeId.parse(id);
                } catch (IllegalArgumentException e) {
                    throw new id.sinergi.infoharga.app.UserInputException(m.get("sync.conflict.unknown", id));
                }
                if (decision.confirm != null) {
                    sync.confirm(root.writerSession(), lost);
                } else {
                    sync.reverse(root.writerSession(), lost);
                }
                print(spec, m.get(decision.confirm != null ? "sync.conflict.confirmed" : "sync.conflict.reversed",
                        id));
                return 0;
            }
            List<ConflictInfo> conflicts = sync.conflicts(root.writerSession());
            if (conflicts.isEmpty()) {
                print(spec, m.get("sync.conflict.none"));
            }
            for (ConflictInfo c : conflicts) {
                print(spec, m.get("sync.conflict.line", c.lost(), c.what(), c.winner().value(), c.winner().user(),
                        c.winner().device(), c.loser().value(), c.loser().user(), c.loser().device(),
                        c.decision() == null ? m.get("sync.conflict.open")
                                : m.get("sync.conflict." + c.decision().name())));
            }
            return 0;
        }
    }
}
