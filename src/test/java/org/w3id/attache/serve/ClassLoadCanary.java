package org.w3id.attache.serve;

import java.util.List;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;

/** A SPARQL function class that tells, by a system property, when it is loaded (its static initialiser runs). */
public final class ClassLoadCanary extends FunctionBase {
    static final String LOADED = "attache.test.classLoadCanary";

    static {
        System.setProperty(LOADED, "yes");
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
        return NodeValue.TRUE;
    }
}
