package org.w3id.attache.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} (and {@code fn:matches}) that ends when its query is cancelled: the text is
 * matched as a {@link CancellableText}. Evaluated without a query (as the optimiser's constant
 * folding does) it refuses, so that it is always evaluated where the cancel signal is known.
 */
final class CancellableRegex extends E_Regex {
    private final Pattern constantPattern;

    CancellableRegex(Expr text, Expr pattern, Expr flags) {
        super(text, pattern, flags);
        constantPattern = pattern.isConstant() && (flags == null || flags.isConstant())
                ? compile(pattern.getConstant(), flags == null ? null : flags.getConstant()) : null;
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern pattern = constantPattern != null ? constantPattern : compile(args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(pattern.matcher(new CancellableText(text, cancelSignal(env))).find());
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated only as part of a query");
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }

    /** The pattern with the SPARQL flags (only s, m, i, x, q), as Jena compiles it. */
    static Pattern compile(NodeValue pattern, NodeValue flags) {
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REGEX: pattern and flags must be strings");
        }
        String f = flags == null ? null : flags.getString();
        if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException("REGEX: only the flags s, m, i, x and q are allowed");
        }
        return RegexEngine.makePattern("REGEX", pattern.getString(), f);
    }

    /** The running query's cancel signal, set when its time is up. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        if (env instanceof ExecutionContext execution && execution.getCancelSignal() != null) {
            return execution.getCancelSignal();
        }
        return env == null ? null : Context.getCancelSignal(env.getContext());
    }
}
