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
    /// <summary>The types callers meet in signatures: <c>ApiException</c>, <c>ApiResponse&lt;T&gt;</c>, <c>FilePart</c>, …</summary>
    public const string Surface = "Surface";

    /// <summary>The JSON codec and converter helpers every generated converter calls.</summary>
    public const string Json = "Json";

    /// <summary>The bases of the open enums' converters, for SDKs with an enum.</summary>
    public const string Enums = "Enums";

    /// <summary>The transport and wire helpers every generated client calls.</summary>
    public const string Client = "Client";

    /// <summary>The pager of the clients' <c>...AllAsync</c> methods, for SDKs with an operation whose pages they follow.</summary>
    public const string Paging = "Paging";

    /// <summary>The typed validators' checks and rules, <c>ConstraintViolation</c> and the validation exceptions.</summary>
    public const string Validation = "Validation";

    /// <summary>The ECMA-262 pattern translator and the pattern check, for SDKs whose schemas have a <c>pattern</c>.</summary>
    public const string Patterns = "Patterns";

    /// <summary>The JSON-level schema validator the mock judges requests with.</summary>
    public const string SchemaValidator = "SchemaValidator";

    /// <summary>The mock engine.</summary>
    public const string Mocking = "Mocking";

    private static readonly IReadOnlyDictionary<string, string[]> Requires = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Surface] = Array.Empty<string>(),
        [Json] = new[] { Surface },
        [Enums] = new[] { Json, Surface },
        [Client] = new[] { Json, Surface },
        [Paging] = new[] { Client, Json, Surface },
        [Validation] = new[] { Surface },
        [Patterns] = new[] { Validation, Surface },
        [SchemaValidator] = new[] { Patterns, Validation, Surface },
        [Mocking] = new[] { SchemaValidator, Patterns, Validation, Surface },
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
    /// <remarks>
    /// The violation and the validation exceptions are surface types: client options and the mock name them whether or
    /// not typed validators are emitted. The codec lives with the client's files but models without a client need it.
    /// The per-call options and the retry handler are surface types only a client's callers meet. The bases of the open
    /// enums' converters are surface types that go with the converters, and so is the records' and unions' converter
    /// base, which says where a failed read stopped with the codec's JSON paths.
    /// </remarks>
    public static string Of(RuntimeSource source) =>
        source.Folder is "Client" && source.FileName.StartsWith("Json", StringComparison.Ordinal) ? Json
        : source.Folder is "Client" && source.FileName is "ApiTransport.Paging.cs" or "PageShape.cs" ? Paging
        : source.Folder is "Surface" && source.FileName is "RequestOptions.cs" or "RetryAfterHandler.cs" ? Client
        : source.Folder is "Surface" && source.FileName is "OpenEnums.cs" ? Enums
        : source.Folder is "Surface" && source.FileName is "ObjectConverter.cs" ? Json
        : source.Folder is "Mocking" or "Surface" or "Client" ? source.Folder
        : source.FileName.StartsWith("SchemaValidator", StringComparison.Ordinal) ? SchemaValidator
        : source.FileName is "Checks.Pattern.cs" || source.FileName.StartsWith("Rules.Pattern", StringComparison.Ordinal) ? Patterns
        : source.FileName is "Violation.cs" or "ValidationExceptions.cs" or "ViolationText.cs" ? Surface
        : Validation;
}
