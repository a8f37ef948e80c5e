package org.pfocr.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a Java Flight Recording: each execution sample is counted under the first
 * of the given stage markers ({@code Class.method} fragments, e.g. {@code RecordParser.parse}) that
 * its stack holds, so stages nested in others are listed first. Record with
 * {@code -XX:StartFlightRecording=filename=x.jfr,settings=profile -XX:FlightRecorderOptions:stackdepth=512}
 * so that deep stacks keep their outer frames.
 */
final class ProfileBreakdown {

    private ProfileBreakdown() {
    }

    /** Samples per marker, in the markers' order, then {@code other}; every sample counted once. */
    static Map<String, Long> count(Path recording, List<String> markers) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        markers.forEach(marker -> counts.put(marker, 0L));
        counts.put("other", 0L);
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    counts.merge(stage(event.getStackTrace().getFrames(), markers), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    private static String stage(List<RecordedFrame> frames, List<String> markers) {
        for (String marker : markers) {
            for (RecordedFrame frame : frames) {
                RecordedMethod method = frame.getMethod();
                if (method != null && (method.getType().getName() + "." + method.getName()).contains(marker)) {
                    return marker;
                }
            }
        }
        return "other";
    }
}
