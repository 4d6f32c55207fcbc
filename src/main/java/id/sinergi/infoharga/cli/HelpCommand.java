package id.sinergi.infoharga.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code info-harga help [COMMAND [SUB-COMMAND]]}: the same text as {@code COMMAND --help}. Picocli's own help
 * command reads one word only, so {@code help admin create} would explain {@code admin}.
 */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "command")
    List<String> words = new ArrayList<>();

    @Override
    public Integer call() {
        CommandLine command = spec.parent().commandLine();
        for (String word : words) {
            CommandLine sub = command.getSubcommands().get(word);
            if (sub == null) {
                InfoHargaCommand root = spec.root().commandLine().getCommand();
                spec.commandLine().getErr().println(root.messages().get("cli.error.unknownCommand", word,
                        command.getCommandSpec().qualifiedName(" ")));
                spec.commandLine().getErr().flush();
                return InfoHargaCommand.EXIT_BAD_INPUT;
            }
            command = sub;
        }
        command.usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
