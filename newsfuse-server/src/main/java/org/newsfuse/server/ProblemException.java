package org.newsfuse.server;

/** Thrown by a handler to answer with a {@link Problem}; {@link ProblemMapper} writes it. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(Problem.of(400, "Bad request", detail).withField(field));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }
}
