package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.AccountService;
import id.sinergi.infoharga.app.Actor;
import id.sinergi.infoharga.app.Messages;
import id.sinergi.infoharga.app.UserInputException;
import id.sinergi.infoharga.domain.Catalog;
import id.sinergi.infoharga.domain.Role;
import id.sinergi.infoharga.domain.UserAccount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code info-harga admin create|assign|reset-password|disable|enable|users}: accounts, by an administrator. */
@Command(name = "admin",
        subcommands = {AdminCommand.Create.class, AdminCommand.Assign.class, AdminCommand.ResetPassword.class,
                AdminCommand.Disable.class, AdminCommand.Enable.class, AdminCommand.Users.class})
final class AdminCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return InfoHargaCommand.EXIT_BAD_INPUT;
    }

    @Command(name = "create")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Spec
        CommandSpec spec;
        @Option(names = "--user", required = true, paramLabel = "NAMA")
        String name;
        @Option(names = "--role", paramLabel = "PERAN")
        Role role;

        @Override
        public Integer call() {
            InfoHargaCommand root = admin.root;
            AccountService accounts = root.context().accounts();
            Messages m = root.messages();
            UserAccount created;
            if (accounts.setupMode()) {
                if (role != null && role != Role.ADMIN) {
                    throw new UserInputException(m.get("trust.setupMode"));
                }
                char[] password = root.secret(InfoHargaCommand.PASSWORD_VARIABLE,
                        m.get("trust.password.prompt", name), true);
                created = accounts.createFirstAdmin(name, new String(password), InfoHargaCommand.device());
                say(m.get("trust.setup.done", created.username()));
            } else {
                Actor acting = root.writerSession();
                accounts.requireAdmin(acting);
                char[] password = root.secret(InfoHargaCommand.NEW_PASSWORD_VARIABLE,
                        m.get("trust.password.prompt", name), true);
                created = accounts.createUser(acting, name, role == null ? Role.OFFICER : role,
                        new String(password));
                say(m.get("trust.account.created", created.username(),
                        root.context().authorizer().roleName(created.role())));
            }
            return 0;
        }

        private void say(String line) {
            spec.commandLine().getOut().println(line);
            spec.commandLine().getOut().flush();
        }
    }

    @Command(name = "assign")
    static final class Assign implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Spec
        CommandSpec spec;
        @Option(names = "--user", required = true, paramLabel = "NAMA")
        String name;
        @Option(names = "--market", paramLabel = "KODE", split = ",")
        List<String> markets = new ArrayList<>();
        @Option(names = "--outlet", paramLabel = "KODE", split = ",")
        List<String> outlets = new ArrayList<>();

        @Override
        public Integer call() {
            InfoHargaCommand root = admin.root;
            Messages m = root.messages();
            Actor acting = root.writerSession();
            Catalog catalog = root.context().referenceData().catalog();
            List<Integer> marketIds = markets.stream().map(code -> catalog.findMarket(code).orElseThrow(
                    () -> new UserInputException(m.get("trust.assign.unknownCode", code))).id()).toList();
            List<Integer> outletIds = outlets.stream().map(code -> catalog.findOutlet(code).orElseThrow(
                    () -> new UserInputException(m.get("trust.assign.unknownCode", code))).id()).toList();
            UserAccount a = root.context().accounts().assign(acting, name, marketIds, outletIds);
            PrintWriter out = spec.commandLine().getOut();
            out.println(m.get("trust.account.assigned", a.username(),
                    a.marketIds().stream().sorted().map(id -> catalog.market(id).name()).toList(),
                    a.outletIds().stream().sorted().map(id -> catalog.outlet(id).name()).toList()));
            out.flush();
            return 0;
        }
    }

    @Command(name = "reset-password")
    static final class ResetPassword extends OneAccount {
        @Override
        String change(InfoHargaCommand root) {
            Actor acting = root.writerSession();
            root.context().accounts().requireAdmin(acting);
            char[] password = root.secret(InfoHargaCommand.NEW_PASSWORD_VARIABLE,
                    root.messages().get("trust.password.prompt", name), true);
            root.context().accounts().resetPassword(acting, name, new String(password));
            return root.messages().get("trust.account.passwordReset", name);
        }
    }

    /** A change of one account named by {@code --user}, made by the administrator running the command. */
    abstract static class OneAccount implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Spec
        CommandSpec spec;
        @Option(names = "--user", required = true, paramLabel = "NAMA")
        String name;

        /** Makes the change; returns what to tell the administrator. */
        abstract String change(InfoHargaCommand root);

        @Override
        public Integer call() {
            spec.commandLine().getOut().println(change(admin.root));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "disable")
    static final class Disable extends OneAccount {
        @Override
        String change(InfoHargaCommand root) {
            root.context().accounts().disable(root.writerSession(), name);
            return root.messages().get("trust.account.disabled", name);
        }
    }

    @Command(name = "enable")
    static final class Enable extends OneAccount {
        @Override
        String change(InfoHargaCommand root) {
            String enabled = root.context().accounts().enable(root.writerSession(), name).username();
            return root.messages().get("users.enabled", enabled);
        }
    }

    @Command(name = "users")
    static final class Users implements Callable<Integer> {
        @ParentCommand
        AdminCommand admin;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            InfoHargaCommand root = admin.root;
            Messages m = root.messages();
            PrintWriter out = spec.commandLine().getOut();
            for (UserAccount a : root.context().accounts().users(root.writerSession())) {
                out.println(m.get("trust.account.list", a.username(),
                        root.context().authorizer().roleName(a.role()),
                        a.active() ? "" : m.get("trust.account.inactive")));
            }
            out.flush();
            return 0;
        }
    }
}
