package org.newsfuse;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every front end is held to, shared through core's test jar so that each adapter module
 * (the command line, the service, the Spark job) checks itself: an adapter may use the front door
 * ({@code org.newsfuse}, except the internal {@link Pipeline}), the render package, the shared base
 * types, and the types the front doors hand out and take in (their API surface, computed from their
 * public signatures); nothing else of the library.
 */
public final class ArchitectureRules {

    /** The adapters' packages: the command line, the HTTP service, the Spark job. */
    public static final String[] ADAPTERS = {"org.newsfuse.cli..", "org.newsfuse.server..", "org.newsfuse.spark.."};

    /** The front doors: core's, and the evaluation module's when it is on the class path. */
    private static final List<String> FRONT_DOORS = List.of("org.newsfuse.NewsFuse", "org.newsfuse.eval.Evaluations");

    private ArchitectureRules() {
    }

    /** Adapters depend on the library only through the front doors, render, base, and the front doors' API surface. */
    public static ArchRule adaptersUseOnlyTheFrontDoor() {
        Set<String> surface = apiSurface();
        DescribedPredicate<JavaClass> onSurface = DescribedPredicate.describe("on the front doors' API surface",
                c -> surface.contains(c.getName()));
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("the internal Pipeline",
                c -> c.getName().equals(Pipeline.class.getName()));
        DescribedPredicate<JavaClass> allowedPackages = resideInAnyPackage("org.newsfuse", "org.newsfuse.eval", "org.newsfuse.render..",
                "org.newsfuse.eval.render..", "org.newsfuse.base..", "org.newsfuse.cli..", "org.newsfuse.server..", "org.newsfuse.spark..");
        return noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat(resideInAPackage("org.newsfuse..")
                        .and(not(allowedPackages.and(not(internal))).and(not(onSurface))))
                .because("front ends call the library through NewsFuse and render (issue 13)")
                .allowEmptyShould(true);
    }

    /**
     * Every newsfuse type reachable from the front doors' public methods: their parameter and return
     * types (with type arguments), then, for each of those, its public methods' and record components'
     * types, and so on. {@link Pipeline} is internal and not followed.
     */
    static Set<String> apiSurface() {
        Set<String> seen = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>();
        for (String name : FRONT_DOORS) {
            try {
                queue.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                // the evaluation module is not on every adapter's class path
            }
        }
        while (!queue.isEmpty()) {
            Class<?> type = queue.removeFirst();
            if (!type.getName().startsWith("org.newsfuse.") || type == Pipeline.class || !seen.add(type.getName())) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() == Object.class || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                follow(method.getGenericReturnType(), queue);
                for (Type parameter : method.getGenericParameterTypes()) {
                    follow(parameter, queue);
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    follow(component.getGenericType(), queue);
                }
            }
            for (Class<?> nested : type.getClasses()) {
                queue.add(nested);
            }
        }
        return seen;
    }

    private static void follow(Type type, Deque<Class<?>> queue) {
        if (type instanceof Class<?> c) {
            queue.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            follow(p.getRawType(), queue);
            for (Type argument : p.getActualTypeArguments()) {
                follow(argument, queue);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                follow(bound, queue);
            }
        }
    }
}
