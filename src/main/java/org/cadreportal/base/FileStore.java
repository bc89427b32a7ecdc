package org.cadreportal.base;

/**
 * Where uploaded file contents live: in the database by default, or in a directory when
 * {@code portal.files.dir} is set. Features keep the file's name and type themselves and hold the key.
 */
public interface FileStore {

    /** Stores the bytes and returns the key to read them back. */
    String put(byte[] content);

    byte[] get(String key);

    void delete(String key);
}
