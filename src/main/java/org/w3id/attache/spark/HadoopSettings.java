package org.w3id.attache.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration, carried to the executors (a {@link Configuration} cannot be
 * serialised), so shards are written with the same file-system settings (S3 endpoints,
 * credentials providers) the job was given through {@code spark.hadoop.*}.
 */
record HadoopSettings(HashMap<String, String> entries) implements Serializable {
    static HadoopSettings of(Configuration conf) {
        HashMap<String, String> entries = new HashMap<>();
        for (Map.Entry<String, String> e : conf) {
            entries.put(e.getKey(), e.getValue());
        }
        return new HadoopSettings(entries);
    }

    Configuration configuration() {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
