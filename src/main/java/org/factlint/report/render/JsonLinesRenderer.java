package org.factlint.report.render;

import java.io.IOException;
import org.factlint.Report;
import org.factlint.report.ReportJson;

/** {@code --format json}: one {@code factlint-report/1} object per line (JSON Lines), one line per input. */
public final class JsonLinesRenderer implements Renderer {

    @Override
    public void report(Report report, Appendable out) throws IOException {
        out.append(ReportJson.toJson(report)).append('\n');
    }
}
