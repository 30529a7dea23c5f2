package org.w3id.attache.serve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} (and {@code fn:replace}) that ends when its query is cancelled, the text
 * matched as a {@link CancellableText}; otherwise as Jena's: a zero-length match is replaced only
 * where it is the first match, and the result keeps the text's language tag.
 */
final class CancellableReplace extends E_StrReplace {
    private final Pattern constantPattern;

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags) {
        super(text, pattern, replacement, flags);
        constantPattern = pattern.isConstant() && (flags == null || flags.isConstant())
                ? CancellableRegex.compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        NodeValue original = args.get(0);
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", original);
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern
                : CancellableRegex.compile(args.get(1), args.size() > 3 ? args.get(3) : null);
        String lexical = text.getLiteralLexicalForm();
        Matcher matcher = pattern.matcher(new CancellableText(lexical, CancellableRegex.cancelSignal(env)));
        StringBuilder out = null;
        try {
            while (matcher.find()) {
                if (out == null) {
                    out = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(out, replacement);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
        if (out == null) {
            return original;
        }
        matcher.appendTail(out);
        String replaced = out.toString();
        if (replaced.equals(lexical)) {
            return original;
        }
        String lang = text.getLiteralLanguage();
        return lang == null || lang.isEmpty() ? NodeValue.makeString(replaced) : NodeValue.makeLangString(replaced, lang);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated only as part of a query");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null);
    }
}
