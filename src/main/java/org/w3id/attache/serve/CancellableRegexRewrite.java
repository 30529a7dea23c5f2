package org.w3id.attache.serve;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Puts {@link CancellableRegex} and {@link CancellableReplace} in place of every {@code REGEX},
 * {@code REPLACE}, {@code fn:matches} and {@code fn:replace} of a query, wherever they are: in
 * filters, binds, projections, inside {@code EXISTS}, in subqueries. Jena's own ones match with
 * {@code java.util.regex} on a plain string, which no timeout can stop.
 */
final class CancellableRegexRewrite extends ExprTransformCopy {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private CancellableRegexRewrite() {
    }

    /** {@code query} with every regular expression cancellable; the query itself is left as it was. */
    static Query apply(Query query) {
        return QueryTransformOps.transform(query, new ElementTransformCopyBase(), new CancellableRegexRewrite());
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof CancellableRegex || func instanceof CancellableReplace) {
            return super.transform(func, args);
        }
        String iri = func instanceof E_Function f ? f.getFunctionIRI() : null;
        if (func instanceof E_Regex || (FN + "matches").equals(iri) && (args.size() == 2 || args.size() == 3)) {
            return new CancellableRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
        }
        if (func instanceof E_StrReplace || (FN + "replace").equals(iri) && (args.size() == 3 || args.size() == 4)) {
            return new CancellableReplace(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
        }
        return super.transform(func, args);
    }
}
