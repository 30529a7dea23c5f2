package org.w3id.attache.validate;

/**
 * One SHACL result, with its nodes written compactly ({@code att:Visit}, {@code <https://…>}).
 *
 * @param severity Violation, Warning or Info
 * @param focus the node that fails
 * @param path the property path checked, or empty for a node constraint
 * @param shape the shape: its IRI, or for an anonymous property shape the named shape holding it
 * @param message what is wrong
 * @param value the offending value, or empty
 */
public record Violation(String severity, String focus, String path, String shape, String message, String value) {
    /** One readable line: {@code Violation  <focus>  path att:visitor  shape atts:VisitShape: message (value …)}. */
    public String line() {
        StringBuilder b = new StringBuilder(severity).append(": ").append(focus);
        if (!path.isEmpty()) {
            b.append("  path ").append(path);
        }
        b.append("  shape ").append(shape).append(": ").append(message);
        if (!value.isEmpty()) {
            b.append(" (value ").append(value).append(')');
        }
        return b.toString();
    }
}
