package socketlab.dns;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a running {@link DnsHierarchy}: started once for the whole test run, on first use, and stopped when
 * the run ends (the root store closes what it holds).
 */
public final class DnsHierarchyExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DnsHierarchyExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DnsHierarchy.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(DnsHierarchy.class, k -> {
            try {
                return DnsHierarchy.start();
            } catch (Exception e) {
                throw new ParameterResolutionException("the test DNS hierarchy did not start: " + e.getMessage(), e);
            }
        }, DnsHierarchy.class);
    }
}
