using System;
using System.Collections.Generic;
using System.Linq;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// The parts of the runtime a compilation can need. Each is a set of files of src/SpecForge.Runtime; a part brings the
/// parts it calls, so asking for the mock brings the schema validator and the validation rules.
/// </summary>
public static class RuntimePart
{
    /// <summary>The typed validators' checks and rules, and <c>ConstraintViolation</c>.</summary>
    public const string Validation = "Validation";

    /// <summary>The JSON-level schema validator the mock judges requests with.</summary>
    public const string SchemaValidator = "SchemaValidator";

    /// <summary>The mock engine.</summary>
    public const string Mocking = "Mocking";

    private static readonly IReadOnlyDictionary<string, string[]> Requires = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Validation] = Array.Empty<string>(),
        [SchemaValidator] = new[] { Validation },
        [Mocking] = new[] { SchemaValidator, Validation },
    };

    /// <summary><paramref name="parts"/> with every part they call, each once, in a stable order.</summary>
    public static IReadOnlyList<string> Closure(IEnumerable<string> parts)
    {
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (all.Add(part))
            {
                foreach (var required in Requires[part])
                {
                    all.Add(required);
                }
            }
        }

        return all.ToList();
    }

    /// <summary>The part <paramref name="source"/> belongs to.</summary>
    public static string Of(RuntimeSource source) =>
        source.Folder == "Mocking" ? Mocking
        : source.FileName.StartsWith("SchemaValidator", StringComparison.Ordinal) ? SchemaValidator
        : Validation;
}
