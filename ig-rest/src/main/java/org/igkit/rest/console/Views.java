package org.igkit.rest.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The console's templates (ig-rest/src/main/jte), compiled to Java classes at build time by jte's Maven plugin in
 * its HTML mode: every {@code ${...}} is escaped for where it stands (text or attribute), so a value from a request
 * cannot become markup. No template is compiled at run time.
 */
public final class Views {
    private final TemplateEngine engine;

    private Views(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The precompiled templates on the class path. */
    public static Views precompiled() {
        return new Views(TemplateEngine.createPrecompiled(ContentType.Html));
    }

    /** {@code template} (e.g. {@code "calculator.jte"}) rendered with its one parameter, {@code model}. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }
}
