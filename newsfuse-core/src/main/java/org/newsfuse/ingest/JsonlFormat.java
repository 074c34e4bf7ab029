package org.newsfuse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/** Stories JSONL (one story per line) and articles JSONL (one article per line), streamed ({@link StoryJsonlReader}). */
final class JsonlFormat implements InputFormat {

    private final StoryJsonlReader jsonl;

    JsonlFormat(StoryJsonlReader jsonl) {
        this.jsonl = jsonl;
    }

    @Override
    public List<String> extensions() {
        return List.of(".jsonl");
    }

    @Override
    public boolean reads(String name, boolean named) {
        return name.endsWith(".jsonl");
    }

    @Override
    public void read(Path file, String shown, boolean gzip, ReadState state) {
        try (InputStream in = GzipInput.open(file, gzip)) {
            StoryJsonlReader.Result result = jsonl.read(in, shown);
            state.stories.addAll(result.stories());
            state.diagnostics.addAll(result.diagnostics());
            state.tally.add(result.linesRead(), result.linesRejected());
            if (result.linesRead() == 0) {
                state.skip(shown, "empty file: no stories");
            }
        } catch (GzipInput.NotGzip e) {
            state.skip(shown, e.getMessage());
        } catch (IOException e) {
            state.skip(shown, (gzip ? "corrupt gzip data or " : "") + "cannot read: " + ReadState.describe(e));
        }
    }
}
