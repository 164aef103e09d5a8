package estrado.cli;

import estrado.i18n.Messages;
import java.io.PrintWriter;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * Bad options of the calculator commands, said in the user's language in one or two lines and with
 * exit code 2: picocli's own messages ("Unknown option", "Invalid value for option") are English.
 * Commands not listed keep picocli's handling.
 */
final class UsageErrors implements IParameterExceptionHandler {

    /** A usage error whose message is already written for the user. */
    static final class Usage extends ParameterException {
        private static final long serialVersionUID = 1L;

        Usage(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    private final IParameterExceptionHandler fallback;
    private final Set<String> commands;

    UsageErrors(IParameterExceptionHandler fallback, Set<String> commands) {
        this.fallback = fallback;
        this.commands = Set.copyOf(commands);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) throws Exception {
        CommandLine cl = ex.getCommandLine();
        if (!commands.contains(cl.getCommandName())) {
            return fallback.handleParseException(ex, args);
        }
        PrintWriter err = cl.getErr();
        err.println(Messages.get("cli.usageError", message(ex)));
        err.println(Messages.get("cli.seeHelp", cl.getCommandSpec().qualifiedName()));
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String message(ParameterException ex) {
        if (ex instanceof Usage) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            String hint = u.getSuggestions().isEmpty() ? ""
                    : " " + Messages.get("hint.didYouMean", u.getSuggestions().get(0));
            return Messages.get("cli.unknownOption", String.join(" ", u.getUnmatched())) + hint;
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            String names = m.getMissing().stream()
                    .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .collect(Collectors.joining(", "));
            return Messages.get("cli.missingOption", names);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return Messages.get("cli.repeatedOption", o.getOverwritten() instanceof CommandLine.Model.OptionSpec os
                    ? os.longestName() : String.valueOf(o.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getArgSpec().isOption()) {
            Class<?> type = ex.getArgSpec().type();
            String expected = type == int.class || type == Integer.class || type == long.class || type == Long.class
                    ? Messages.get("cli.expectInteger") : Messages.get("cli.expectValue");
            return Messages.get("cli.badValue", ((CommandLine.Model.OptionSpec) ex.getArgSpec()).longestName(),
                    ex.getValue(), expected);
        }
        return ex.getMessage();
    }
}
