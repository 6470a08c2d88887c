package socketlab.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import socketlab.lessons.Lesson;
import socketlab.lessons.LessonFiles;
import socketlab.lessons.LessonLoad;
import socketlab.lessons.LessonProblem;

/** {@code socketlab lessons}: lists the lessons, or checks lesson files an instructor wrote. */
final class LessonsCommand {
    static final String NAME = "lessons";

    static final String USAGE = """
            socketlab lessons [--lessons DIR]
            socketlab lessons check FILE [FILE...]
              Lists the lab's lessons in teaching order: number, id, title and steps. With --lessons DIR it also
              lists the lessons in DIR (files named NN-name.lesson.toml), as the window loads them; a file that is
              refused is reported as FILE:LINE: reason on stderr while the others are listed.
              'check' validates lesson files (format 1, described in the README): each problem is one line
              FILE:LINE: reason on stderr; a valid file is one line on stdout.

              options:
                --lessons DIR       a folder of your own lessons to list beside the lab's
              exit codes: 0 every lesson loaded / every file is valid, 2 a file was refused or the options are wrong
            """;

    static final Set<String> VALUED = Set.of("--lessons");

    int run(List<String> args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args, VALUED, Set.of());
            if (!o.positionals().isEmpty() && o.positionals().getFirst().equals("check")) {
                if (o.has("--lessons")) {
                    throw new UsageError("'check' takes files, not --lessons");
                }
                if (o.positionals().size() < 2) {
                    throw new UsageError("say which lesson file to check, e.g. socketlab lessons check"
                            + " 20-my-lesson.lesson.toml");
                }
                return check(o.positionals().subList(1, o.positionals().size()), out, err);
            }
            if (!o.positionals().isEmpty()) {
                throw new UsageError("unexpected \"" + o.positionals().getFirst() + "\"; say 'socketlab lessons' to"
                        + " list them or 'socketlab lessons check FILE' to check a file");
            }
            LessonLoad load = LessonFiles.loadBuiltIn();
            if (o.value("--lessons").isPresent()) {
                load = LessonFiles.load(path(o.value("--lessons").get()), load);
            }
            list(load, out);
            load.problems().forEach(p -> err.println(p));
            out.flush();
            return load.problems().isEmpty() ? Cli.OK : Cli.BAD_INPUT;
        } catch (UsageError e) {
            err.println("socketlab " + NAME + ": " + e.getMessage());
            return Cli.BAD_INPUT;
        }
    }

    private static void list(LessonLoad load, PrintStream out) {
        int idWidth = Math.max(2, load.lessons().stream().mapToInt(l -> l.id().length()).max().orElse(2));
        int titleWidth = Math.max(5, load.lessons().stream().mapToInt(l -> l.title().length()).max().orElse(5));
        out.println(String.format("%3s  %-" + idWidth + "s  %-" + titleWidth + "s  %s", "#", "id", "title",
                "steps"));
        for (Lesson l : load.lessons()) {
            out.println(String.format("%3d  %-" + idWidth + "s  %-" + titleWidth + "s  %5d", l.number(), l.id(),
                    l.title(), l.steps().size()) + (l.builtIn() ? "" : "  " + l.source()));
        }
    }

    private static int check(List<String> files, PrintStream out, PrintStream err) throws UsageError {
        boolean ok = true;
        for (String name : files) {
            Path file = path(name);
            List<LessonProblem> problems = LessonFiles.check(file);
            if (problems.isEmpty()) {
                out.println(file + ": a valid lesson (format 1)");
            } else {
                ok = false;
                problems.forEach(p -> err.println(p));
            }
        }
        out.flush();
        return ok ? Cli.OK : Cli.BAD_INPUT;
    }

    private static Path path(String text) throws UsageError {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageError("\"" + text + "\" is not a file name: " + e.getReason());
        }
    }
}
