package id.sinergi.infoharga.cli;

import id.sinergi.infoharga.app.Actor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

@Command(name = "password")
final class PasswordCommand implements Callable<Integer> {
    @ParentCommand
    InfoHargaCommand root;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Actor me = root.writerSession();
        char[] old = root.secret(InfoHargaCommand.PASSWORD_VARIABLE,
                root.messages().get("trust.login.prompt", me.username()), false);
        char[] fresh = root.secret(InfoHargaCommand.NEW_PASSWORD_VARIABLE,
                root.messages().get("trust.password.prompt", me.username()), true);
        root.context().accounts().changePassword(me, new String(old), new String(fresh));
        spec.commandLine().getOut().println(root.messages().get("trust.account.passwordChanged"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
