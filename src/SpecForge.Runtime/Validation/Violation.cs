// Shared runtime: used by the CLI directly and emitted once into every compilation that holds an SDK, so the CLI, the
// generated validators and the generated mocks judge data by one implementation.
namespace SpecForge.Runtime
{
    /// <summary>
    /// One way a value breaks its schema: where (a JSON pointer such as <c>/records/3/email</c>), which keyword,
    /// the keyword's limit as written in the spec, and a sentence for people.
    /// </summary>
    public sealed class ConstraintViolation
    {
        /// <summary>Creates a violation.</summary>
        public ConstraintViolation(string path, string rule, string? limit, string message)
        {
            Path = path;
            Rule = rule;
            Limit = limit;
            Message = message;
        }

        /// <summary>The JSON pointer of the offending value; empty for the value itself.</summary>
        public string Path { get; }

        /// <summary>The JSON Schema keyword that failed (<c>minLength</c>, <c>pattern</c>, <c>required</c>, ...).</summary>
        public string Rule { get; }

        /// <summary>The keyword's limit as text (<c>3</c>, the pattern, <c>email</c>), or null when it has none.</summary>
        public string? Limit { get; }

        /// <summary>What is wrong, in one sentence.</summary>
        public string Message { get; }

        /// <inheritdoc/>
        public override string ToString() => (Path.Length == 0 ? "/" : Path) + ": " + Message;
    }
}
