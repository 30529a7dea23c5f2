package org.w3id.attache.intake;

import java.time.LocalDate;

/**
 * Metadata given on the command line, filling or overriding what an article file says.
 * Null fields leave the file's value alone.
 */
public record MetadataOverrides(LocalDate published, String url, String title, String outlet) {
    public static final MetadataOverrides NONE = new MetadataOverrides(null, null, null, null);

    String url(String fromFile) {
        return url != null ? url : fromFile;
    }

    String title(String fromFile) {
        return title != null ? title : fromFile;
    }

    String outlet(String fromFile) {
        return outlet != null ? outlet : fromFile;
    }
}
