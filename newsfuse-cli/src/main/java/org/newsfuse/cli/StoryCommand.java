package org.newsfuse.cli;

import org.newsfuse.NewsFuse;
import org.newsfuse.ingest.IngestResult;
import picocli.CommandLine;

/**
 * A command that works story by story ({@code summarize}, {@code compare}): it takes the article inputs
 * ({@link ArticleInputs}), {@code --format} and {@code --threads}, reads the stories, and stops with "no usable input"
 * when there are none.
 */
abstract class StoryCommand extends CommandBase {

    @CommandLine.Mixin
    ArticleInputs inputs = new ArticleInputs();

    @CommandLine.Mixin
    FormatOption output = new FormatOption();

    @CommandLine.Mixin
    ThreadsOption workers = new ThreadsOption();

    StoryCommand(Main.Environment environment) {
        super(environment);
    }

    @Override
    final int run() throws Exception {
        Integer usage = checkOptions();
        if (usage != null) {
            return usage;
        }
        NewsFuse newsfuse = NewsFuse.load();
        IngestResult input = inputs.read(newsfuse, environment, err());
        if (input.stories().isEmpty()) {
            err().println("newsfuse: no usable input");
            return ExitCode.NO_INPUT;
        }
        int code = run(newsfuse, input);
        return code == ExitCode.OK ? ArticleInputs.exitCode(input) : code;
    }

    /** An exit code when the command's own options are wrong (after printing why), else null. */
    abstract Integer checkOptions();

    /** Works through the stories read; returns {@link ExitCode#OK} or the code of what went wrong. */
    abstract int run(NewsFuse newsfuse, IngestResult input) throws Exception;
}
