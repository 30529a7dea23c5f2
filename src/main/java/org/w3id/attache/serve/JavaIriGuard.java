package org.w3id.attache.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * Keeps {@code java:} IRIs from loading classes. Jena reads a function or property-function IRI
 * {@code <java:com.example.Thing>} as a class name and loads the class (running its static
 * initialiser) to call it, so any client could make the server load any class on its class path.
 * {@link #refusal(Op)} finds such IRIs in a query before it runs; the registries of
 * {@link #functions()} and {@link #propertyFunctions()} are Jena's standard ones that refuse to load
 * anything for a {@code java:} IRI met only while running (as {@code CALL(?f)} can).
 */
final class JavaIriGuard {
    private static final String JAVA = ARQConstants.javaClassURIScheme;

    private JavaIriGuard() {
    }

    /** Why {@code op} may not run, if it calls a function or property function by a {@code java:} IRI. */
    static Optional<String> refusal(Op op) {
        List<String> found = new ArrayList<>();
        Walker.walk(op, new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                bgp.getPattern().forEach(this::check);
            }

            @Override
            public void visit(OpTriple triple) {
                check(triple.getTriple());
            }

            private void check(Triple t) {
                Node p = t.getPredicate();
                if (p.isURI() && isJava(p.getURI())) {
                    found.add(p.getURI());
                }
            }
        }, new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionN func) {
                if (func instanceof E_Function f && isJava(f.getFunctionIRI())) {
                    found.add(f.getFunctionIRI());
                }
            }
        });
        return found.stream().findFirst().map(iri -> "<" + iri + ">: java: function IRIs are not allowed on this server");
    }

    /** Jena's standard functions; a {@code java:} IRI names none. */
    static FunctionRegistry functions() {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry guarded = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return isJava(uri) ? null : super.get(uri);
            }
        };
        for (Iterator<String> keys = standard.keys(); keys.hasNext();) {
            String key = keys.next();
            guarded.put(key, standard.get(key));
        }
        return guarded;
    }

    /** Jena's standard property functions; a {@code java:} IRI names none. */
    static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
        PropertyFunctionRegistry guarded = new PropertyFunctionRegistry() {
            @Override
            public boolean manages(String uri) {
                return !isJava(uri) && super.manages(uri);
            }

            @Override
            public PropertyFunctionFactory get(String uri) {
                return isJava(uri) ? null : super.get(uri);
            }
        };
        for (Iterator<String> keys = standard.keys(); keys.hasNext();) {
            String key = keys.next();
            guarded.put(key, standard.get(key));
        }
        return guarded;
    }

    private static boolean isJava(String iri) {
        return iri != null && iri.regionMatches(true, 0, JAVA, 0, JAVA.length());
    }
}
