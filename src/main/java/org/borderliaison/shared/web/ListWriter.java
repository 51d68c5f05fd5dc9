package org.borderliaison.shared.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes an exported list row by row: the header first, then each row as it is read, then the end of the file. */
interface ListWriter<R> extends AutoCloseable {

    void header(List<String> labels) throws IOException;

    void row(R row) throws IOException;

    void finish(OutputStream out) throws IOException;

    /** Releases what the writer holds (the workbook's temporary file), whether or not it finished. */
    @Override
    default void close() throws IOException {
    }
}
