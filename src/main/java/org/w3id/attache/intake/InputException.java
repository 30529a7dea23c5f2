package org.w3id.attache.intake;

/** Bad input: a file or record that cannot be read as an article. The message names the place. */
public class InputException extends Exception {
    private final String place;

    public InputException(String place, String message) {
        super(place + ": " + message);
        this.place = place;
    }

    /** The file, and line where there is one, e.g. {@code articles/a.jsonl:3}. */
    public String place() {
        return place;
    }
}
