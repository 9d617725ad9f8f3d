package kz.kenes.reporting;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence files live, by an opaque key. The default keeps them in a folder under
 * {@code kenes.data-dir}; several app nodes need a shared folder or another implementation (e.g. S3) as a bean.
 */
public interface EvidenceStorage {

	void store(String key, byte[] content) throws IOException;

	InputStream open(String key) throws IOException;

	void delete(String key) throws IOException;
}
